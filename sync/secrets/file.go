package secrets

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"dialtone/model"
)

// fileVersion is the format version written to secrets.json.
const fileVersion = 1

// fileData is the content of secrets.json.
type fileData struct {
	Version int               `json:"version"`
	Secrets map[string]string `json:"secrets"`
}

// The file backend reads the whole file on every call and writes it whole:
// it holds a handful of entries, and re-reading lets a CLI and the app see
// each other's changes. Callers hold s.mu.

func (s *Secrets) fileGet(key string) (string, error) {
	d, err := s.readFile()
	if err != nil {
		return "", err
	}
	v, ok := d.Secrets[key]
	if !ok {
		return "", notFound(key)
	}
	return v, nil
}

func (s *Secrets) fileSet(key, value string) error {
	d, err := s.readFile()
	if err != nil {
		return err
	}
	d.Secrets[key] = value
	return s.writeFile(d)
}

func (s *Secrets) fileDelete(key string) error {
	d, err := s.readFile()
	if err != nil {
		return err
	}
	if _, ok := d.Secrets[key]; !ok {
		return nil
	}
	delete(d.Secrets, key)
	return s.writeFile(d)
}

// readFile returns the file's content; an absent file is empty. Decoding
// errors are reported without their cause: encoding/json quotes pieces of
// the input, which could be a secret.
func (s *Secrets) readFile() (fileData, error) {
	d := fileData{Version: fileVersion, Secrets: map[string]string{}}
	b, err := os.ReadFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return d, nil
	}
	if err != nil {
		return d, model.WrapError(err, model.EUNAVAILABLE, "The saved passwords file could not be read: "+s.path)
	}
	var got fileData
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil || dec.More() {
		return d, model.Errorf(model.ECORRUPT, "The saved passwords file %s is damaged; move it away and enter the passwords again.", s.path)
	}
	switch {
	case got.Version > fileVersion:
		return d, model.Errorf(model.ESCHEMA, "The saved passwords file %s is from a newer Dialtone.", s.path)
	case got.Version != fileVersion:
		return d, model.Errorf(model.ECORRUPT, "The saved passwords file %s is damaged; move it away and enter the passwords again.", s.path)
	}
	if got.Secrets != nil {
		d.Secrets = got.Secrets
	}
	return d, nil
}

// writeFile replaces the file atomically: a 0600 temporary file in the same
// folder is written, synced and renamed over it, so the file is never
// partial and never readable by others, whatever mode an old one had.
func (s *Secrets) writeFile(d fileData) (err error) {
	fail := func(err error) error {
		return model.WrapError(err, model.EUNAVAILABLE, "The saved passwords file could not be written: "+s.path)
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fail(err)
	}
	b = append(b, '\n')
	dir := filepath.Dir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fail(err)
	}
	f, err := os.CreateTemp(dir, "."+FileName+".*.tmp")
	if err != nil {
		return fail(err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if err := f.Chmod(0o600); err != nil {
		return fail(err)
	}
	if _, err := f.Write(b); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return fail(err)
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename in dir durable where the platform allows it; a
// failure only weakens durability, so it is ignored.
func syncDir(dir string) {
	f, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = f.Sync()
	_ = f.Close()
}
