package serve

import (
	"bytes"
	"encoding/json"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Paths of the server's own endpoints below the site's base path.
const (
	eventsPath   = "__paperboy/events"
	scriptPath   = "__paperboy/reload.js"
	warningsPath = "__paperboy/warnings" // the build's warnings, a JSON list
)

// Handler returns the HTTP handler that serves the current build: the site
// under its base path, the live-reload endpoints, redirects and 404s. Until
// a build succeeds it answers every site URL with a page that reloads once
// one does: status 503 while building, 500 with the errors after a failure.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(s.serveHTTP)
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	if s.origin != "" && !s.allIfaces && !s.ownHost(r.Host) {
		http.Error(w, "421 misdirected request: the preview server answers only to its own address, "+s.origin+", not to Host "+r.Host, http.StatusMisdirectedRequest)
		return
	}

	p, ok := cleanPath(r.URL)
	if !ok {
		http.Error(w, "400 bad request: the path has dot segments, empty segments, encoded slashes, backslashes or NUL", http.StatusBadRequest)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed: the preview server only serves GET and HEAD", http.StatusMethodNotAllowed)
		return
	}
	st := s.state.Load()
	switch p {
	case st.base + eventsPath, "/" + eventsPath:
		// The event stream is at the root too: the page of a failed
		// first build, which knows no base path, follows it there, and
		// the build that fixes it, with the site's base path, may come
		// before the page's stream connects (which then 404ed, and the
		// page never reloaded).
		s.serveEvents(w, r)
		return
	case st.base + scriptPath:
		h.Set("Content-Type", "text/javascript; charset=utf-8")
		http.ServeContent(w, r, "", time.Time{}, strings.NewReader(reloadJS))
		return
	case st.base + warningsPath:
		warnings := []string{}
		if st.site != nil && st.site.warnings != nil {
			warnings = st.site.warnings
		}
		data, _ := json.Marshal(warnings) // a list of strings marshals
		h.Set("Content-Type", "application/json")
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
		return
	}
	if st.site == nil {
		s.serveStatus(w, r, st)
		return
	}
	files := st.site.files

	if !strings.HasPrefix(p, st.base) {
		if to, ok := moved(p, st.base, st.former); ok {
			// A page open under the site's former base path reloads.
			redirect(w, r, to, http.StatusTemporaryRedirect)
			return
		}
		switch {
		case p == "/":
			redirect(w, r, st.base, http.StatusFound)
		case p+"/" == st.base:
			redirect(w, r, st.base, http.StatusMovedPermanently)
		default:
			s.notFound(w, r, st)
		}
		return
	}
	rel := p[len(st.base):]
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	}
	if f, ok := files[rel]; ok {
		s.serveFile(w, r, st, f)
		return
	}
	if !strings.HasSuffix(p, "/") {
		if _, ok := files[rel+"/index.html"]; ok {
			redirect(w, r, p+"/", http.StatusMovedPermanently)
			return
		}
	}
	if to, ok := moved(p, st.base, st.former); ok {
		// A former base path the new one begins (/lab/digest/ after
		// /lab/): the page reloads at its address under the new one.
		redirect(w, r, to, http.StatusTemporaryRedirect)
		return
	}
	s.notFound(w, r, st)
}

// moved returns the address under the base path base of the path p under
// one of the site's former base paths, and whether it is under one. A
// former base path under base (/lab/digest/ for /lab/, after baseURL's
// path was shortened) counts only as long as it is longer than base, so
// that no redirect leads to a path under it again.
func moved(p, base string, former []string) (string, bool) {
	for _, b := range former {
		if len(b) <= len(base) && strings.HasPrefix(p, base) {
			continue // a path under base is under such a b too
		}
		rest, ok := strings.CutPrefix(p, b)
		if !ok && p+"/" == b {
			rest, ok = "", true
		}
		if ok {
			return base + rest, true
		}
	}
	return "", false
}

// cleanPath returns the request's decoded path if it is a clean absolute
// slash path: no "." or ".." segment (however encoded), no empty segment, no
// encoded slash or backslash, no backslash and no NUL.
func cleanPath(u *url.URL) (string, bool) {
	p := u.Path
	if p == "" {
		p = "/"
	}
	if p[0] != '/' {
		return "", false
	}
	raw := strings.ToLower(u.EscapedPath())
	if strings.Contains(raw, "%2f") || strings.Contains(raw, "%5c") || strings.Contains(raw, "%00") {
		return "", false
	}
	if strings.ContainsAny(p, "\\\x00") || strings.Contains(p, "//") {
		return "", false
	}
	for _, seg := range strings.Split(p[1:], "/") {
		if seg == "." || seg == ".." {
			return "", false
		}
	}
	return p, true
}

// redirect sends the client to the clean path target, keeping the query.
func redirect(w http.ResponseWriter, r *http.Request, target string, code int) {
	loc := escapedPath(target)
	if r.URL.RawQuery != "" {
		loc += "?" + r.URL.RawQuery
	}
	w.Header().Set("Location", loc)
	w.WriteHeader(code)
}

// serveFile writes f, with the reload script when it is HTML. Conditional
// and range requests are answered by http.ServeContent.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, st *state, f *file) {
	body, etag := f.data, f.etag()
	if f.html {
		body = inject(f.data, scriptTag(st, false))
		// The script names the build, so the same page of another build
		// is another response: a 304 would hand the browser a stale build
		// id and make it reload forever.
		etag = etag[:len(etag)-1] + "-" + st.id + `"`
	}
	w.Header().Set("Content-Type", f.ctype)
	w.Header().Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// notFound writes the site's own 404.html, or a plain page when the site has
// none, with status 404.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request, st *state) {
	var body []byte
	if f, ok := st.site.files["404.html"]; ok {
		body = inject(f.data, scriptTag(st, false))
	} else {
		body = s.page("notfound", st)
	}
	writeHTML(w, r, http.StatusNotFound, body)
}

// serveStatus answers every site URL before the first successful build: the
// build errors with status 500, or a wait page with status 503. Both reload
// when a build succeeds.
func (s *Server) serveStatus(w http.ResponseWriter, r *http.Request, st *state) {
	if st.errs != nil {
		writeHTML(w, r, http.StatusInternalServerError, s.page("failed", st))
		return
	}
	w.Header().Set("Retry-After", "1")
	writeHTML(w, r, http.StatusServiceUnavailable, s.page("building", st))
}

// writeHTML writes an HTML body with code.
func writeHTML(w http.ResponseWriter, r *http.Request, code int, body []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// ownHost reports whether a request's Host names this server: an IP
// address, localhost (or a name under it) or the host the user gave.
// Anything else is a name that resolves here by DNS rebinding, which would
// let a web page read the preview (drafts, notes not yet published) from
// the reader's browser. A server listening on every interface answers to
// any name, since the user asked for it to be reached from elsewhere.
func (s *Server) ownHost(host string) bool {
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	name = strings.TrimSuffix(strings.Trim(name, "[]"), ".")
	return net.ParseIP(name) != nil || strings.EqualFold(name, "localhost") ||
		strings.HasSuffix(strings.ToLower(name), ".localhost") || s.opts.Host != "" && strings.EqualFold(name, s.opts.Host)
}
