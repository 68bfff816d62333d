package mail

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// The environment variables SMTPFromEnv reads. Credentials live only in
// the environment (a CI secret), never in site.yaml.
const (
	EnvHost     = "PAPERBOY_SMTP_HOST"     // the server's host name (required)
	EnvPort     = "PAPERBOY_SMTP_PORT"     // its submission port, default 587
	EnvUser     = "PAPERBOY_SMTP_USER"     // the login (required unless insecure)
	EnvPassword = "PAPERBOY_SMTP_PASSWORD" // the password (required unless insecure)
	EnvFrom     = "PAPERBOY_SMTP_FROM"     // the sender; overrides site.yaml's newsletter.from
	EnvInsecure = "PAPERBOY_SMTP_INSECURE" // "1": allow a server without STARTTLS (a local test server)
	EnvTLS      = "PAPERBOY_SMTP_TLS"      // "implicit" (TLS from the first byte) or "starttls"; default implicit on port 465
)

// SMTPConfig is how to reach the mail server.
type SMTPConfig struct {
	Host     string
	Port     int
	User     string
	Password string
	From     string // PAPERBOY_SMTP_FROM, or ""
	Insecure bool   // send without STARTTLS when the server offers none
	// ImplicitTLS speaks TLS from the first byte (port 465) instead of
	// starting it with STARTTLS.
	ImplicitTLS bool
}

// Addr is host:port.
func (c SMTPConfig) Addr() string { return net.JoinHostPort(c.Host, strconv.Itoa(c.Port)) }

// SMTPFromEnv reads the SMTP settings through getenv (os.Getenv). It
// reports every missing or malformed variable at once.
func SMTPFromEnv(getenv func(string) string) (SMTPConfig, error) {
	c := SMTPConfig{
		Host:     strings.TrimSpace(getenv(EnvHost)),
		Port:     587,
		User:     getenv(EnvUser),
		Password: getenv(EnvPassword),
		From:     strings.TrimSpace(getenv(EnvFrom)),
	}
	var errs []error
	if c.Host == "" {
		errs = append(errs, fmt.Errorf("%s is not set; set it to your mail server's host name (smtp.example.org)", EnvHost))
	}
	if err := hostAlone(c.Host); err != nil {
		errs = append(errs, err)
	}
	if p := strings.TrimSpace(getenv(EnvPort)); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			errs = append(errs, fmt.Errorf("%s=%q is not a port number; use the submission port, usually 587", EnvPort, p))
		}
		c.Port = n
	}
	switch v := strings.ToLower(strings.TrimSpace(getenv(EnvTLS))); v {
	case "":
		c.ImplicitTLS = c.Port == 465
	case "implicit":
		c.ImplicitTLS = true
	case "starttls":
	default:
		errs = append(errs, fmt.Errorf("%s=%q: use implicit (TLS from the first byte, as on port 465) or starttls, or leave it unset", EnvTLS, v))
	}
	switch v := strings.TrimSpace(getenv(EnvInsecure)); v {
	case "", "0", "false":
	case "1", "true":
		c.Insecure = true
	default:
		errs = append(errs, fmt.Errorf("%s=%q: use 1 to allow a server without STARTTLS, or leave it unset", EnvInsecure, v))
	}
	if !c.Insecure || c.User != "" || c.Password != "" {
		if c.User == "" {
			errs = append(errs, fmt.Errorf("%s is not set; set it to your SMTP login", EnvUser))
		}
		if c.Password == "" {
			errs = append(errs, fmt.Errorf("%s is not set; set it to your SMTP password (as a CI secret, never in site.yaml)", EnvPassword))
		}
	}
	return c, errors.Join(errs...)
}

// hostAlone says why host, PAPERBOY_SMTP_HOST, is not a host name alone,
// or nil: "smtp.gmail.com:587", as many providers write their server,
// was dialled as "[smtp.gmail.com:587]:587" and failed with a lookup
// error that named neither variable. The port is PAPERBOY_SMTP_PORT's, so
// that one setting says it (and whether TLS starts at once, on 465).
func hostAlone(host string) error {
	what, name, port := "has a port", host, ""
	if u, err := url.Parse(host); err == nil && u.Host != "" && strings.Contains(host, "://") {
		what, name = "is a URL", u.Host
	}
	if h, p, err := net.SplitHostPort(name); err == nil {
		name, port = h, p
	}
	switch {
	case name == host:
		return nil
	case port == "":
		return fmt.Errorf("%s=%q %s; set it to the host name alone (%s), and the port, if not 587, in %s", EnvHost, host, what, name, EnvPort)
	}
	return fmt.Errorf("%s=%q %s; set it to the host name alone (%s), and %s=%s", EnvHost, host, what, name, EnvPort, port)
}
