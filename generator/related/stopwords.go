package related

// isStopword reports whether w, a lowercased term, is an English function
// word too common to tell papers apart. One-letter words are not listed:
// the tokenizer drops them anyway. Contractions appear split at the
// apostrophe ("don", "isn"), the way the tokenizer sees them.
func isStopword(w []byte) bool {
	switch string(w) {
	case
		"about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are",
		"aren", "as", "at", "be", "because", "been", "before", "being", "below", "between",
		"both", "but", "by", "can", "cannot", "could", "couldn", "did", "didn", "do", "does",
		"doesn", "doing", "don", "down", "during", "each", "etc", "few", "for", "from",
		"further", "had", "hadn", "has", "hasn", "have", "haven", "having", "he", "her",
		"here", "hers", "herself", "him", "himself", "his", "how", "however", "ie", "if", "in",
		"into", "is", "isn", "it", "its", "itself", "just", "let", "ll", "me", "might", "more",
		"most", "much", "must", "mustn", "my", "myself", "no", "nor", "not", "now", "of",
		"off", "on", "once", "only", "or", "other", "others", "otherwise", "our", "ours",
		"ourselves", "out", "over", "own", "re", "same", "shall", "shan", "she", "should",
		"shouldn", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
		"themselves", "then", "there", "thereby", "therefore", "these", "they", "this",
		"those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon",
		"us", "ve", "very", "via", "was", "wasn", "we", "were", "weren", "what", "when",
		"where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
		"within", "without", "won", "would", "wouldn", "yet", "you", "your", "yours",
		"yourself", "yourselves":
		return true
	}
	return false
}
