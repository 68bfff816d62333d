package importer

import "encoding/json"

func unquoteJSON(b []byte) (string, error) {
	var s string
	err := json.Unmarshal(b, &s)
	return s, err
}
