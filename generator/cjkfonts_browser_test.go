package generator

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
)

// TestCJKFontsInBrowser: a part of a page marked in another CJK language
// than the page's (a Chinese or a Korean paper on a Japanese site) is
// drawn with that language's font stack, not the page's, which would
// show Chinese in Japanese glyph forms; the page's own text keeps its.
func TestCJKFontsInBrowser(t *testing.T) {
	ctx := browsertest.Start(t)
	base := serveBuilt(t, mustBuild(t, `
-- content/site.yaml --
title: 論文ダイジェスト
baseURL: https://example.org/repo/
language: ja
-- content/papers/zh.md --
---
title: "基于大规模语言模型的中文推理研究"
id: zh
language: zh
authors: ["李娜"]
date: 2025-06-16
---
本文提出了一种新的中文推理方法。
-- content/papers/ko.md --
---
title: "대규모 언어 모델의 추론"
id: ko
language: ko-KR
authors: ["김민수"]
date: 2025-06-16
---
새로운 추론 방법을 제안한다.
-- content/papers/tw.md --
---
title: "基於大型語言模型的推理"
id: tw
language: zh-TW
authors: ["陳美"]
date: 2025-06-16
---
本文提出新方法。
`), "/repo/")
	for _, tt := range []struct{ page, want string }{
		{"papers/zh/", "pingfang sc"},
		{"papers/ko/", "apple sd gothic neo"},
		{"papers/tw/", "pingfang tc"},
	} { // Chromium gives the names in lower case
		do(t, ctx, chromedp.Navigate(base+tt.page), chromedp.WaitReady("footer"))
		got := run(t, ctx, chromedp.Evaluate[[]string](`[document.getElementById("paper-title"), document.querySelector("#paper-title ~ * [lang], main [lang]:not(h1)"), document.querySelector("footer")].map(e => e ? e.closest("[lang]").lang + ": " + getComputedStyle(e).fontFamily.toLowerCase() : "none")`))
		if len(got) != 3 || !strings.Contains(got[0], tt.want) || strings.Contains(got[0], "yu gothic") || !strings.Contains(got[1], tt.want) {
			t.Errorf("/%s: the paper's title and abstract are drawn with %q, want the stack with %s", tt.page, got, tt.want)
		}
		if len(got) == 3 && !strings.Contains(got[2], "hiragino sans") {
			t.Errorf("/%s: the page's footer is drawn with %q, want the Japanese stack", tt.page, got[2])
		}
	}
}
