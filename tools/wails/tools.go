//go:build tools

// Package tools pins the Wails CLI that the Makefile builds into bin/wails.
// The CLI is built from this module because `go install ...@v2.9.2` pins an
// x/tools release that no longer compiles with current Go.
package tools

import _ "github.com/wailsapp/wails/v2/cmd/wails"
