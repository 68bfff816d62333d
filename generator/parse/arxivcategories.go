package parse

import (
	"fmt"
	"slices"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// arxivCategories are arXiv's categories, as its taxonomy lists them
// (https://arxiv.org/category_taxonomy; arXiv/arxiv-base's
// arxiv/taxonomy/definitions.py, CATEGORIES but the test archive's), in
// byte order for a binary search: the current ones, the aliases arXiv
// still accepts for some (cs.NA for math.NA, cs.SY for eess.SY, math.IT
// for cs.IT, math.MP for math-ph, q-fin.EC for econ.GN, stat.TH for
// math.ST), the archives that were a category of their own (astro-ph,
// cond-mat and q-bio, as old papers give them) and the retired archives
// old papers still list (cmp-lg, solv-int …).
var arxivCategories = []string{
	"acc-phys", "adap-org", "alg-geom", "ao-sci",
	"astro-ph", "astro-ph.CO", "astro-ph.EP", "astro-ph.GA", "astro-ph.HE", "astro-ph.IM", "astro-ph.SR",
	"atom-ph", "bayes-an", "chao-dyn", "chem-ph", "cmp-lg", "comp-gas",
	"cond-mat", "cond-mat.dis-nn", "cond-mat.mes-hall", "cond-mat.mtrl-sci", "cond-mat.other", "cond-mat.quant-gas",
	"cond-mat.soft", "cond-mat.stat-mech", "cond-mat.str-el", "cond-mat.supr-con",
	"cs.AI", "cs.AR", "cs.CC", "cs.CE", "cs.CG", "cs.CL", "cs.CR", "cs.CV", "cs.CY", "cs.DB",
	"cs.DC", "cs.DL", "cs.DM", "cs.DS", "cs.ET", "cs.FL", "cs.GL", "cs.GR", "cs.GT", "cs.HC",
	"cs.IR", "cs.IT", "cs.LG", "cs.LO", "cs.MA", "cs.MM", "cs.MS", "cs.NA", "cs.NE", "cs.NI",
	"cs.OH", "cs.OS", "cs.PF", "cs.PL", "cs.RO", "cs.SC", "cs.SD", "cs.SE", "cs.SI", "cs.SY",
	"dg-ga", "econ.EM", "econ.GN", "econ.TH", "eess.AS", "eess.IV", "eess.SP", "eess.SY",
	"funct-an", "gr-qc", "hep-ex", "hep-lat", "hep-ph", "hep-th",
	"math-ph", "math.AC", "math.AG", "math.AP", "math.AT", "math.CA", "math.CO", "math.CT", "math.CV",
	"math.DG", "math.DS", "math.FA", "math.GM", "math.GN", "math.GR", "math.GT", "math.HO", "math.IT",
	"math.KT", "math.LO", "math.MG", "math.MP", "math.NA", "math.NT", "math.OA", "math.OC", "math.PR",
	"math.QA", "math.RA", "math.RT", "math.SG", "math.SP", "math.ST",
	"mtrl-th", "nlin.AO", "nlin.CD", "nlin.CG", "nlin.PS", "nlin.SI", "nucl-ex", "nucl-th", "patt-sol",
	"physics.acc-ph", "physics.ao-ph", "physics.app-ph", "physics.atm-clus", "physics.atom-ph",
	"physics.bio-ph", "physics.chem-ph", "physics.class-ph", "physics.comp-ph", "physics.data-an",
	"physics.ed-ph", "physics.flu-dyn", "physics.gen-ph", "physics.geo-ph", "physics.hist-ph",
	"physics.ins-det", "physics.med-ph", "physics.optics", "physics.plasm-ph", "physics.pop-ph",
	"physics.soc-ph", "physics.space-ph", "plasm-ph", "q-alg",
	"q-bio", "q-bio.BM", "q-bio.CB", "q-bio.GN", "q-bio.MN", "q-bio.NC", "q-bio.OT", "q-bio.PE", "q-bio.QM",
	"q-bio.SC", "q-bio.TO",
	"q-fin.CP", "q-fin.EC", "q-fin.GN", "q-fin.MF", "q-fin.PM", "q-fin.PR", "q-fin.RM", "q-fin.ST", "q-fin.TR",
	"quant-ph", "solv-int", "stat.AP", "stat.CO", "stat.ME", "stat.ML", "stat.OT", "stat.TH", "supr-con",
}

// UnknownCategory says that c, written as an arXiv category is
// (arxivCategory), is none of arXiv's, with the nearest that is, or ""
// when c is one or has not that shape (an ACM or MSC class, or the
// curator's own grouping, which notCategories tells).
func UnknownCategory(c string) string {
	if !arxivCategory.MatchString(c) {
		return ""
	}
	if _, found := slices.BinarySearch(arxivCategories, c); found {
		return ""
	}
	if near := diag.Nearest(c, arxivCategories); near != "" {
		return fmt.Sprintf("%s is no arXiv category; did you mean %s?", c, near)
	}
	return fmt.Sprintf("%s is no arXiv category; write one of arXiv's, as https://arxiv.org/category_taxonomy lists them (cs.CL, math.AP, hep-th)", c)
}
