package mail

import (
	"strings"
	"testing"
)

func TestSMTPFromEnv(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want SMTPConfig
		errs []string
	}{
		{map[string]string{EnvHost: "smtp.example.org", EnvUser: "u", EnvPassword: "p", EnvFrom: "D <d@example.org>"},
			SMTPConfig{Host: "smtp.example.org", Port: 587, User: "u", Password: "p", From: "D <d@example.org>"}, nil},
		{map[string]string{EnvHost: "127.0.0.1", EnvPort: "2525", EnvInsecure: "1"},
			SMTPConfig{Host: "127.0.0.1", Port: 2525, Insecure: true}, nil},
		{map[string]string{EnvHost: "smtp.example.org", EnvPort: "465", EnvUser: "u", EnvPassword: "p"},
			SMTPConfig{Host: "smtp.example.org", Port: 465, User: "u", Password: "p", ImplicitTLS: true}, nil},
		{map[string]string{EnvHost: "smtp.example.org", EnvPort: "465", EnvTLS: "STARTTLS", EnvUser: "u", EnvPassword: "p"},
			SMTPConfig{Host: "smtp.example.org", Port: 465, User: "u", Password: "p"}, nil},
		{map[string]string{EnvHost: "smtp.example.org", EnvPort: "2465", EnvTLS: "implicit", EnvUser: "u", EnvPassword: "p"},
			SMTPConfig{Host: "smtp.example.org", Port: 2465, User: "u", Password: "p", ImplicitTLS: true}, nil},
		{map[string]string{EnvHost: "h", EnvUser: "u", EnvPassword: "p", EnvTLS: "ssl"}, SMTPConfig{}, []string{EnvTLS + `="ssl": use implicit`}},
		{map[string]string{}, SMTPConfig{Port: 587}, []string{EnvHost + " is not set", EnvUser + " is not set", EnvPassword + " is not set"}},
		{map[string]string{EnvHost: "h", EnvUser: "u", EnvPassword: "p", EnvPort: "smtp", EnvInsecure: "yes"}, SMTPConfig{},
			[]string{EnvPort + `="smtp" is not a port number`, EnvInsecure + `="yes"`}},
		{map[string]string{EnvHost: "h", EnvInsecure: "1", EnvUser: "u"}, SMTPConfig{}, []string{EnvPassword + " is not set"}},
		// A port in the host, as providers write their server, is told to
		// go to PAPERBOY_SMTP_PORT, where it was dialled as [host:587]:587.
		{map[string]string{EnvHost: "smtp.gmail.com:587", EnvUser: "u", EnvPassword: "p"}, SMTPConfig{},
			[]string{EnvHost + `="smtp.gmail.com:587" has a port; set it to the host name alone (smtp.gmail.com), and ` + EnvPort + `=587`}},
		{map[string]string{EnvHost: "[::1]:2525", EnvPort: "2525", EnvInsecure: "1"}, SMTPConfig{},
			[]string{EnvHost + `="[::1]:2525" has a port; set it to the host name alone (::1), and ` + EnvPort + `=2525`}},
		{map[string]string{EnvHost: "smtps://smtp.example.org/", EnvUser: "u", EnvPassword: "p"}, SMTPConfig{},
			[]string{EnvHost + `="smtps://smtp.example.org/" is a URL; set it to the host name alone (smtp.example.org), and the port, if not 587, in ` + EnvPort}},
		{map[string]string{EnvHost: "smtps://smtp.example.org:465", EnvUser: "u", EnvPassword: "p"}, SMTPConfig{},
			[]string{EnvHost + `="smtps://smtp.example.org:465" is a URL; set it to the host name alone (smtp.example.org), and ` + EnvPort + `=465`}},
		{map[string]string{EnvHost: "::1", EnvInsecure: "1"}, SMTPConfig{Host: "::1", Port: 587, Insecure: true}, nil},
	}
	for _, tt := range tests {
		got, err := SMTPFromEnv(func(k string) string { return tt.env[k] })
		if tt.errs == nil {
			if err != nil || got != tt.want {
				t.Errorf("SMTPFromEnv(%v) = %+v, %v, want %+v", tt.env, got, err, tt.want)
			}
			continue
		}
		for _, want := range tt.errs {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("SMTPFromEnv(%v) error = %v, want it to contain %q", tt.env, err, want)
			}
		}
	}
}
