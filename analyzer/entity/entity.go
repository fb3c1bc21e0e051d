// Package entity finds named mentions and resolves them into actors.
package entity

import "lede/analyzer/doc"

// Recognize tags named mentions into d.Mentions.
func Recognize(d *doc.Doc) error { return nil }

// Resolve groups mentions into d.Actors and links pronouns and role nouns.
func Resolve(d *doc.Doc) error { return nil }
