package model

import "time"

// WeeksIn is the number of ISO weeks of year, 52 or 53: the week of
// December 28, which is always in the year's last.
func WeeksIn(year int) int {
	_, last := time.Date(year, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
	return last
}

// Around returns the keys, newest first, just before and just after key,
// which they lack, when it falls between two of them ("" otherwise): the
// slugs of one kind of day, week or month sort as their dates do. Mail's
// "no such digest" and a broken link to a day, week or month name them.
func Around(key string, keys []string) (older, newer string) {
	for i := 1; i < len(keys); i++ {
		if keys[i-1] > key && key > keys[i] {
			return keys[i], keys[i-1]
		}
	}
	return "", ""
}
