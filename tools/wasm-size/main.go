// Command wasm-size says what lede.wasm is made of: the code section by Go package (the
// bytes of each function body, named by the wasm's name section) and the data section,
// with the embedded files (models, lists) it holds. It builds its own copy of ./wasm with
// the symbol names kept (the shipped build strips them, which changes no code or data):
//
//	go run ./tools/wasm-size            # the 30 largest packages and functions
//	go run ./tools/wasm-size -top 100
package main

import (
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	top := flag.Int("top", 30, "how many packages and functions to list")
	pkg := flag.String("pkg", "./wasm", "the program to build for js/wasm")
	flag.Parse()
	if err := run(*pkg, *top); err != nil {
		fmt.Fprintln(os.Stderr, "wasm-size:", err)
		os.Exit(1)
	}
}

func run(pkg string, top int) error {
	dir, err := os.MkdirTemp("", "lede-wasm-size-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "lede.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return err
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return err
	}
	m, err := parse(b)
	if err != nil {
		return err
	}
	fmt.Printf("lede.wasm (names kept): %d bytes; code %d, data %d, names %d\n", len(b), m.code, m.data, m.names)
	byPkg := map[string]int{}
	for _, f := range m.funcs {
		byPkg[packageOf(f.name)] += f.size
	}
	fmt.Printf("\ncode by package (bytes of function bodies)\n")
	for _, kv := range largest(byPkg, top) {
		fmt.Printf("%9d  %s\n", kv.size, kv.name)
	}
	sort.Slice(m.funcs, func(i, j int) bool { return m.funcs[i].size > m.funcs[j].size })
	fmt.Printf("\nlargest functions (an init is a package's composite literals, built at start)\n")
	for _, f := range m.funcs[:min(top, len(m.funcs))] {
		fmt.Printf("%9d  %s\n", f.size, f.name)
	}
	embedded := embeddedFiles()
	total := 0
	for _, kv := range embedded {
		total += kv.size
	}
	fmt.Printf("\ndata: %d bytes, of which embedded files (models, lists) %d; the rest is the runtime's tables (pclntab), types and strings\n", m.data, total)
	for _, kv := range embedded[:min(top, len(embedded))] {
		fmt.Printf("%9d  %s\n", kv.size, kv.name)
	}
	return nil
}

type sized struct {
	name string
	size int
}

func largest(m map[string]int, n int) []sized {
	var out []sized
	for k, v := range m {
		out = append(out, sized{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].size > out[j].size })
	return out[:min(n, len(out))]
}

// module is what parse reads from a wasm file.
type module struct {
	code, data, names int
	funcs             []sized
}

// parse reads the sections of a wasm binary: the function bodies' sizes (code section,
// id 10), named from the "name" custom section, and the data section's size (id 11).
func parse(b []byte) (*module, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("not a wasm binary")
	}
	b = b[8:]
	m := &module{}
	var bodies []int
	names := map[int]string{}
	imports := 0
	for len(b) > 0 {
		id := b[0]
		size, n := binary.Uvarint(b[1:])
		if n <= 0 || 1+n+int(size) > len(b) {
			return nil, errors.New("truncated section")
		}
		body := b[1+n : 1+n+int(size)]
		b = b[1+n+int(size):]
		switch id {
		case 2: // imports: every one a function in a Go build, numbered before the bodies
			c, _ := binary.Uvarint(body)
			imports = int(c)
		case 10:
			m.code = len(body)
			c, k := binary.Uvarint(body)
			p := body[k:]
			for range int(c) {
				s, sn := binary.Uvarint(p)
				bodies = append(bodies, int(s)+sn)
				p = p[sn+int(s):]
			}
		case 11:
			m.data = len(body)
		case 0:
			l, k := binary.Uvarint(body)
			if string(body[k:k+int(l)]) == "name" {
				m.names = len(body)
				readNames(body[k+int(l):], names)
			}
		}
	}
	for i, s := range bodies {
		m.funcs = append(m.funcs, sized{names[imports+i], s})
	}
	return m, nil
}

// readNames reads the function names subsection (id 1) of a name section.
func readNames(p []byte, names map[int]string) {
	for len(p) > 0 {
		sub := p[0]
		size, n := binary.Uvarint(p[1:])
		body := p[1+n : 1+n+int(size)]
		p = p[1+n+int(size):]
		if sub != 1 {
			continue
		}
		c, k := binary.Uvarint(body)
		q := body[k:]
		for range int(c) {
			idx, in := binary.Uvarint(q)
			q = q[in:]
			l, ln := binary.Uvarint(q)
			q = q[ln:]
			names[int(idx)] = string(q[:l])
			q = q[l:]
		}
	}
}

// packageOf is the package of a wasm function name such as
// lede_analyzer_entity.__featurizer_.sentenceFeatures (the linker writes / as _).
// golang.org_x_net_html.inBodyIM: the dot of a module's domain is not the package's end.
func packageOf(name string) string {
	i := strings.IndexByte(name, '.')
	for _, domain := range []string{"org_", "com_", "net_", "io_", "in_"} {
		if i > 0 && strings.HasPrefix(name[i+1:], domain) {
			if j := strings.IndexByte(name[i+1:], '.'); j > 0 {
				i += 1 + j
			}
			break
		}
	}
	if i > 0 {
		return name[:i]
	}
	return name
}

// embeddedFiles are the files named by the //go:embed lines of the analyzer's (non-test)
// sources: its models and lists, the largest first.
func embeddedFiles() []sized {
	seen := map[string]bool{}
	var out []sized
	filepath.WalkDir("analyzer", func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		for _, line := range strings.Split(string(src), "\n") {
			patterns, ok := strings.CutPrefix(strings.TrimSpace(line), "//go:embed ")
			if !ok {
				continue
			}
			for _, pat := range strings.Fields(patterns) {
				files, _ := filepath.Glob(filepath.Join(filepath.Dir(p), pat))
				for _, f := range files {
					if info, err := os.Stat(f); err == nil && !info.IsDir() && !seen[f] {
						seen[f] = true
						out = append(out, sized{f, int(info.Size())})
					}
				}
			}
		}
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].size > out[j].size })
	return out
}
