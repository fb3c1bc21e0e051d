// Command long-funcs lists the functions longer than -max lines (from func to its
// closing brace, comments and blank lines included) in the Go files under the folders
// named, longest first: issue 18's measure of a rule too long to see whole.
//
//	go run ./tools/long-funcs [-max 80] analyzer cmd
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	max := flag.Int("max", 80, "the longest function, in lines, that is not listed")
	flag.Parse()
	var all []funcLen
	for _, root := range flag.Args() {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
				return err
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			fl, err := longFuncs(p, src, *max)
			all = append(all, fl...)
			return err
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "long-funcs:", err)
			os.Exit(1)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].lines > all[j].lines })
	for _, f := range all {
		fmt.Printf("%4d  %s:%d %s\n", f.lines, f.file, f.line, f.name)
	}
}

// funcLen is one function: where it starts, its name (Type.Method for a method), lines.
type funcLen struct {
	file        string
	line, lines int
	name        string
}

// longFuncs lists the functions of one file longer than max lines.
func longFuncs(path string, src []byte, max int) ([]funcLen, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var out []funcLen
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		start, end := fset.Position(fn.Pos()).Line, fset.Position(fn.End()).Line
		if n := end - start + 1; n > max {
			out = append(out, funcLen{path, start, n, funcName(fn)})
		}
	}
	return out, nil
}

func funcName(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return fn.Name.Name
	}
	t := fn.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if g, ok := t.(*ast.IndexExpr); ok { // a generic type's method
		t = g.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + fn.Name.Name
	}
	return fn.Name.Name
}
