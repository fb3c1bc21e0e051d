package correct

import (
	"fmt"
	"slices"

	"lede/analyzer/doc"
)

// dismiss: the actor of op.Holder takes no side toward the actor of op.Target. The
// edge goes from the stance (or, when the stance has none, from the relations); it is
// the last stage, so nothing downstream changes.
func (e *editor) dismiss(op Op) string {
	d := e.d
	_, h, why := e.actorMention(op.Holder)
	if why != "" {
		return "holder: " + why
	}
	_, t, why := e.actorMention(op.Target)
	if why != "" {
		return "target: " + why
	}
	between := func(e doc.StanceEdge) bool { return e.Holder == h && e.Target == t }
	if i := slices.IndexFunc(d.Stance, between); i >= 0 {
		d.Stance = slices.Delete(d.Stance, i, i+1)
		return ""
	}
	if i := slices.IndexFunc(d.Relations, between); i >= 0 {
		d.Relations = slices.Delete(d.Relations, i, i+1)
		return ""
	}
	return fmt.Sprintf("nothing to dismiss: no stance of %q toward %q", d.Actors[h].Name, d.Actors[t].Name)
}
