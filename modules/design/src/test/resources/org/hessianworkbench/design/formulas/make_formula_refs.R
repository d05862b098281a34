# Makes formula-data.csv and formula-refs.txt beside this file: R's model.matrix (column names and
# every entry), model.offset and model.response for each formula below, on 30 rows of numeric, text
# factor and numeric-coded factor columns (R 4.2.2, Debian's r-base-core). FormulaReferenceTest
# compares the workbench's DesignMatrix with them. Run from the repository root:
#   Rscript modules/design/src/test/resources/org/hessianworkbench/design/formulas/make_formula_refs.R
# Factor levels in code-point order, as the workbench sorts text levels:
invisible(Sys.setlocale("LC_COLLATE", "C"))
# The workbench's C(col) makes any column a factor; R's C() takes factors only, so C is factor() here,
# which names the columns as the workbench does (C(rank)2):
C <- function(object) factor(object)
dir <- "modules/design/src/test/resources/org/hessianworkbench/design/formulas"
set.seed(20261201)
n <- 30
d <- data.frame(y = round(rnorm(n, 10, 2), 3),
                x = round(rnorm(n), 3),
                z = round(runif(n, -2, 2), 3),
                e = round(runif(n, 0.5, 5), 2),
                g = sample(c("a", "b", "c"), n, replace = TRUE),
                h = sample(c("hi", "lo"), n, replace = TRUE),
                rank = sample(1:4, n, replace = TRUE),
                s = rpois(n, 4),
                f = rpois(n, 3),
                w = round(runif(n, 0, 3), 2))
stopifnot(length(unique(d$g)) == 3, length(unique(d$h)) == 2, length(unique(d$rank)) == 4)
write.csv(d, file.path(dir, "formula-data.csv"), row.names = FALSE, quote = FALSE)
d <- read.csv(file.path(dir, "formula-data.csv"))
formulas <- c(
  "y ~ x:z", "y ~ z:x + x", "y ~ x:z:e", "y ~ (x + z + e)^2", "y ~ x + z - 1 + x:z",
  "y ~ x:g", "y ~ g:x", "y ~ x*g", "y ~ x + x:g", "y ~ x + x:g - 1", "y ~ -1 + g:x", "y ~ g:x + h",
  "y ~ x:g + z:g", "y ~ C(rank)*x", "y ~ rank + C(rank):x", "y ~ exp(z)*g - 1",
  "y ~ g:h", "y ~ h:g", "y ~ g*h", "y ~ g:h - 1", "y ~ 0 + g*h", "y ~ g + h - 1", "y ~ C(rank):g + x",
  "y ~ C(rank):g:h - 1", "y ~ x:g:h + g",
  "y ~ (x + z + g)^2", "y ~ (x + g + h)^3", "y ~ x*z*g - x:z:g", "y ~ x*g - x:g", "y ~ (x + g)^2 - x",
  "y ~ x/g", "y ~ g/x - 1",
  "y ~ .", "y ~ . - s - f - w", "cbind(s, f) ~ .", "y ~ . + offset(log(e))", "y ~ .^2 - rank - s - f - w - e",
  "y ~ x + offset(log(e))", "y ~ x + offset(log(e)) + offset(z)", "y ~ x*g + offset(e) - 1",
  "cbind(s, f) ~ x + g", "cbind(s, f) ~ x*h + offset(log(e))", "cbind(s, f) ~ 1",
  "y ~ I(x^2):g", "y ~ I(x * z):h + x", "y ~ log(e):C(rank)", "y ~ sqrt(e):exp(z)",
  "y ~ poly(x, 2, raw = TRUE)", "y ~ poly(z, 3, raw = TRUE):h")
g <- function(v) sprintf("%.17g", v)
line <- function(key, values) paste(c(key, values), collapse = "\t")
out <- c(sprintf("# R %s.%s (Debian r-base-core) model.matrix, model.offset and model.response on formula-data.csv,",
                 R.version$major, R.version$minor),
         "# made by make_formula_refs.R beside this file:",
         paste("#", readLines(file.path(dir, "make_formula_refs.R"))[-(1:5)]),
         "# Blocks of tab-separated lines: case <formula>; names <column names>; one 'row' line per",
         "# observation; then 'offset' (the sum of the offsets), or 'successes' and 'failures' for cbind().")
for (fs in formulas) {
  fo <- as.formula(fs)
  mf <- model.frame(fo, d)
  mm <- model.matrix(terms(mf), mf)
  out <- c(out, line("case", fs), line("names", colnames(mm)))
  for (i in seq_len(nrow(mm))) out <- c(out, line("row", g(mm[i, ])))
  off <- model.offset(mf)
  if (!is.null(off)) out <- c(out, line("offset", g(off)))
  r <- model.response(mf)
  if (is.matrix(r)) out <- c(out, line("successes", g(r[, 1])), line("failures", g(r[, 2])))
}
writeLines(out, file.path(dir, "formula-refs.txt"))
