package tex

import "testing"

func TestName(t *testing.T) {
	tests := []struct{ in, want string }{
		{`Juan Mart\'{\i}n Maldacena`, "Juan Martín Maldacena"},
		{`J\"urgen M\"{u}ller`, "Jürgen Müller"},
		{`Kurt G\"odel`, "Kurt Gödel"},
		{`Paul Erd\H{o}s`, "Paul Erdős"},
		{`Bj{\o}rn {\O}stergaard`, "Bjørn Østergaard"},
		{`Fran\c{c}ois Fran\c cois`, "François François"},
		{`Du\v{s}an Ne\v{s}i\'c`, "Dušan Nešić"},
		{`Stra\ss e Gro{\ss}e`, "Straße Große"},
		{`{\'E}ric {\AA}ngstr\"om`, "Éric Ångström"},
		{`\L{}ukasz Kr\'{o}l`, "Łukasz Król"},
		{`{Tanaka} Hiroshi`, "Tanaka Hiroshi"},
		{`Nguy\~{\^e}n V\u{a}n An`, "Nguyễn Văn An"}, // stacked accents, as arXiv writes Vietnamese names
		{`J.~Smith`, "J. Smith"},
		{"  Many \n  spaces ", "Many spaces"},
		{"José Raúl Romero", "José Raúl Romero"},
		{"O'Brien", "O'Brien"},
		{"", ""},
	}
	for _, tt := range tests {
		got := Name(tt.in)
		if got != tt.want {
			t.Errorf("Name(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := Name(got); again != got {
			t.Errorf("Name(%q) = %q, want it unchanged", got, again)
		}
	}
}
