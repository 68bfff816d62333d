package serve

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// serveEvents streams build outcomes as Server-Sent Events:
//
//	event: reload    a build succeeded; data is empty
//	event: error     a build failed; data is a JSON list of messages
//
// Each event's id is the build id. A client names the build it shows with
// the Last-Event-ID header (sent by EventSource when it reconnects) or the
// since query parameter (the page's data-paperboy-build); it is told at once
// when the current state differs: an error is always repeated, and a reload
// is sent when a later (or another process's) build succeeded. Without
// either, only future builds are reported. Comment lines every heartbeat
// keep the stream open.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	rc := http.NewResponseController(w)

	since := r.Header.Get("Last-Event-ID")
	if since == "" {
		since = r.URL.Query().Get("since")
	}
	st, changed := s.current()
	last := since
	if since == "" && st.errs == nil {
		last = st.id
	}
	if _, err := io.WriteString(w, "retry: 1000\n: paperboy live reload\n\n"); err != nil {
		return
	}
	force := st.errs != nil // a reconnecting client gets the current error
	tick := time.NewTicker(s.heartbeat)
	defer tick.Stop()
	for {
		if st.id != last || force {
			if err := writeEvent(w, st); err != nil {
				return
			}
			last, force = st.id, false
		}
		if err := rc.Flush(); err != nil {
			return
		}
		select {
		case <-changed:
			st, changed = s.current()
		case <-tick.C:
			if _, err := io.WriteString(w, ": heartbeat\n\n"); err != nil {
				return
			}
		case <-r.Context().Done():
			return
		}
	}
}

// writeEvent writes the event that tells a client about st.
func writeEvent(w io.Writer, st *state) error {
	if st.errs == nil {
		if st.site == nil {
			return nil // nothing built yet; a later build is reported
		}
		_, err := fmt.Fprintf(w, "id: %s\nevent: reload\ndata:\n\n", st.id)
		return err
	}
	data, err := json.Marshal(st.errs)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "id: %s\nevent: error\ndata: %s\n\n", st.id, data)
	return err
}
