// Command dialtone is the Dialtone desktop app: Wails wiring only. The
// services live in package app; the frontend is embedded from frontend/dist.
package main

import (
	"context"
	"embed"
	"fmt"
	"log/slog"
	"os"
	"sync/atomic"
	_ "time/tzdata" // the rep's time zone must resolve on every platform

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"dialtone/app"
	"dialtone/model"
)

//go:embed all:frontend/dist
var assets embed.FS

//go:embed build/appicon.png
var icon []byte

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx := context.Background()
	clock, err := app.ClockFromEnv()
	if err != nil {
		fmt.Fprintln(os.Stderr, "dialtone:", model.ErrorMessage(err))
		os.Exit(2)
	}
	ws, err := app.OpenWorkspace(ctx, app.DefaultDataDir(), clock, log)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dialtone:", model.ErrorMessage(err))
		log.Error("open workspace", "err", err)
		os.Exit(1)
	}
	defer ws.Close()
	// Events reach the window once Wails has started it.
	var wailsCtx atomic.Pointer[context.Context]
	syncs := app.NewSyncs(ws, func(event string, data any) {
		if c := wailsCtx.Load(); c != nil {
			runtime.EventsEmit(*c, event, data)
		}
	})
	defer syncs.Close()
	svc := app.NewServices(ctx, ws, syncs)
	defer svc.Learner.Close()
	err = wails.Run(&options.App{
		Title:            "Dialtone",
		Width:            1200,
		Height:           800,
		MinWidth:         900,
		MinHeight:        600,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 248, G: 249, B: 251, A: 1},
		Bind:             svc.Bindings(),
		OnStartup: func(c context.Context) {
			wailsCtx.Store(&c)
			// Mail an older build stored is brought up to date while the
			// window shows it, with progress.
			svc.Learner.Start()
			if err := syncs.StartLoops(c); err != nil {
				log.Error("start syncs", "err", err)
			}
		},
		OnShutdown: func(context.Context) { svc.Learner.Close(); syncs.Close() },
		Linux:      &linux.Options{Icon: icon, ProgramName: "dialtone"},
	})
	if err != nil {
		log.Error("wails", "err", err)
		os.Exit(1)
	}
}
