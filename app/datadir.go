package app

import (
	"os"
	"path/filepath"
	"runtime"
	"time"

	"dialtone/model"
)

// DefaultDataDir is where Dialtone keeps its databases: $DIALTONE_DATA_DIR,
// else the platform's per-user data folder ($XDG_DATA_HOME/dialtone or
// ~/.local/share/dialtone on Linux; the user config folder elsewhere).
func DefaultDataDir() string {
	if d := os.Getenv("DIALTONE_DATA_DIR"); d != "" {
		return d
	}
	if runtime.GOOS == "linux" {
		if x := os.Getenv("XDG_DATA_HOME"); x != "" {
			return filepath.Join(x, "dialtone")
		}
		if h, err := os.UserHomeDir(); err == nil {
			return filepath.Join(h, ".local", "share", "dialtone")
		}
	}
	if c, err := os.UserConfigDir(); err == nil {
		return filepath.Join(c, "Dialtone")
	}
	return "dialtone-data"
}

// ClockFromEnv returns a clock fixed at $DIALTONE_NOW (RFC 3339) when it is
// set, for reproducible demos and tests, and the system clock otherwise.
func ClockFromEnv() (model.Clock, error) {
	v := os.Getenv("DIALTONE_NOW")
	if v == "" {
		return model.SystemClock{}, nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "DIALTONE_NOW=%q is not an RFC 3339 time.", v)
	}
	return model.FixedClock(t), nil
}
