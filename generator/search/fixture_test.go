package search

// fixtureDocs are hand-written papers with the names and titles that
// tokenising gets wrong most easily, and a withdrawn one.
func fixtureDocs() []Doc {
	return []Doc{
		{ID: "2410.07166", URL: "papers/2410.07166/", Title: "Stochastic Policies via Schrödinger Bridges",
			Authors: []string{"Łukasz Kowalski", "Søren van der Berg", "Zoë O'Brien"},
			Topics:  []string{"diffusion-models", "theory"}, TopicNames: []string{"Diffusion Models", "Theory"},
			Day: "2024-10-09", Abstract: "We study Schrödinger bridges between data and noise. The bridge is learned by iterative fitting."},
		{ID: "2401.00001", URL: "papers/2401.00001/", Title: "Attention Is All You Need, Again",
			Authors: []string{"Ayşe Yılmaz", "Nguyễn Thi Minh"},
			Topics:  []string{"transformers"}, TopicNames: []string{"Transformers"},
			Day: "2024-01-02", Abstract: "Attention models attend. Models of attention are revisited; attention attention attention."},
		{ID: "jp-001", DOI: "10.18653/v1/2023.acl-long.1", URL: "/papers/jp-001/", Title: "機械学習による翻訳 (Machine Translation)",
			Authors: []string{"Hiroshi Sato", "Mei Liu"},
			Topics:  []string{"machine-translation"}, TopicNames: []string{"Machine Translation"},
			Day: "2023-05-05", Abstract: "大規模言語モデル for translation between Japanese and English."},
		{ID: "2402.12345", URL: "https://example.org/p", Title: `When Is "Sparse" Enough? Kernels <Dialogue> at Scale & More`,
			Authors: []string{"José Fernández", "Jürgen Müller", "Noémie Lefèvre"},
			Topics:  []string{"theory", "efficient-inference"}, TopicNames: []string{"", "Efficient Inference"},
			Day: "2024-02-20", Abstract: "Sparse kernels suffice. ΟΔΟΣ is Greek for road; ﬁne-tuning is not needed."},
		{ID: "undated", URL: "papers/undated/", Title: "Erdős–Rényi Graphs Revisited",
			Authors: []string{"Grace Ahmed"}, Abstract: "Random graphs, revisited.", Withdrawn: true},
	}
}

// arabicDocs are papers in Arabic script, spelled as Arabic and Persian
// keyboards type the same words differently (ك and ک, ي and ی, ة and ه),
// with Arabic-Indic and Persian digits.
func arabicDocs() []Doc {
	return []Doc{
		{ID: "2506.20002", URL: "papers/2506.20002/", Title: "الكتاب: دليل شامل لتقييم النماذج العربية",
			Authors: []string{"مریم فارسی", "عبد الله بن سعيد"},
			Topics:  []string{"arabic-nlp"}, TopicNames: []string{"معالجة اللغة"},
			Day: "2025-06-18", Abstract: "نقيّم ١٢ نموذجًا على ۳۰ مهمة في المدرسة والجامعة."},
		{ID: "2506.20003", URL: "papers/2506.20003/", Title: "یادگیری عمیق برای زبان فارسی",
			Authors: []string{"علی رضایی"},
			Day:     "2025-06-19", Abstract: "مدل\u200cهای زبانی بزرگ."},
	}
}
