package feat

// Table is an immutable open-addressing hash table from uint32 keys
// (already well-mixed hashes) to values: faster than a Go map for the
// classifier's hot path. Key 0 is reserved for empty slots. Each key sits
// next to its value, so a hit costs one cache line.
type Table[V any] struct {
	slots []slot[V]
	mask  uint32
}

type slot[V any] struct {
	key uint32
	val V
}

// U32Table is a Table of int32 values: word classes, phrase ranges, indexes.
type U32Table = Table[int32]

// NewTable builds a table from m; keys equal to 0 are dropped. At most a
// quarter of the slots are filled: most lookups are misses (a word in no
// set), and a miss probes until it meets an empty slot.
func NewTable[V any](m map[uint32]V) Table[V] {
	size := 16
	for size < 4*len(m) {
		size <<= 1
	}
	t := Table[V]{slots: make([]slot[V], size), mask: uint32(size - 1)}
	for k, v := range m {
		if k == 0 {
			continue
		}
		i := fold(k) & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot[V]{k, v}
	}
	return t
}

func fold(k uint32) uint32 { return (k ^ k>>16) * 0x45d9f3b }

// Get returns the value for k and whether it is present.
func (t *Table[V]) Get(k uint32) (V, bool) {
	var zero V
	if len(t.slots) == 0 || k == 0 {
		return zero, false
	}
	i := fold(k) & t.mask
	for {
		s := &t.slots[i]
		switch s.key {
		case k:
			return s.val, true
		case 0:
			return zero, false
		}
		i = (i + 1) & t.mask
	}
}

// Has reports whether k is present.
func (t *Table[V]) Has(k uint32) bool {
	_, ok := t.Get(k)
	return ok
}

// Range calls fn for every key and value, in slot order.
func (t *Table[V]) Range(fn func(k uint32, v V)) {
	for _, s := range t.slots {
		if s.key != 0 {
			fn(s.key, s.val)
		}
	}
}
