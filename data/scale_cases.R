# The three badly scaled data sets of issue 10 (sections 1 and 2) and R's glm fits of them, written as
# the testkit's reference sets. Run from the repository root (R 4.x, base packages only):
#   Rscript data/scale_cases.R
# It rewrites data/poisson_income.csv, data/logistic_dollars.csv, data/logistic_tiny_big.csv and
# modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/{poisson-income,
# logistic-dollars,logistic-tiny-big}-glm.txt.
RNGkind("Mersenne-Twister", "Inversion", "Rejection")
write <- function(d, file) write.csv(d, file, row.names = FALSE, quote = FALSE)

# 1. Poisson counts against an income in dollars and an age in years
set.seed(2010)
n <- 2000
INCOME <- round(rnorm(n, 3e4, 8e3), 2)
AGE <- round(rnorm(n, 40, 10), 2)
y <- rpois(n, exp(-7 + 2.6e-4 * INCOME + 0.02 * AGE))
write(data.frame(INCOME, AGE, y), "data/poisson_income.csv")

# 2. a logistic regression with an amount in dollars
set.seed(2011)
n <- 2000
DOLLARS <- round(rnorm(n, 5e4, 2e4), 2)
X <- round(rnorm(n), 6)
y <- rbinom(n, 1, plogis(-0.5 + 1e-5 * DOLLARS + 0.5 * X))
write(data.frame(DOLLARS, X, y), "data/logistic_dollars.csv")

# 3. a logistic regression with a column of size 1e3 and one of size 1e-3 whose true coefficient is 0
#    (the seed is one of those, among 2013..2060, whose TINY is not significant in glm and whose
#    nested-difference Hessian, eps = 1e-6, is positive definite: SEs printed, and wrong)
set.seed(2022)
n <- 3000
BIG <- round(rnorm(n, 0, 1e3), 3)
TINY <- signif(rnorm(n, 0, 1e-3), 8)
y <- rbinom(n, 1, plogis(0.5 + 1e-3 * BIG + 0 * TINY))
write(data.frame(BIG, TINY, y), "data/logistic_tiny_big.csv")

# the reference sets: glm fitted to full convergence on the files as written
reference <- function(name, file, formula, family, what) {
  d <- read.csv(file)
  fit <- glm(as.formula(formula), data = d, family = family, control = glm.control(epsilon = 1e-14, maxit = 100))
  s <- summary(fit)$coefficients
  out <- file.path("modules/testkit/src/main/resources/org/hessianworkbench/testkit/references", name)
  lines <- c(
    paste("#", what),
    "# Made by data/scale_cases.R (set.seed, rnorm/rpois/rbinom; R 4.x), which writes the data set too;",
    "# fitted by R's glm with epsilon 1e-14 (full convergence), printed with 17 significant digits.",
    "# Lines: key value [value...]; coefficient <term> <estimate> <standard error>, in the model's order.",
    paste("data", basename(file)),
    paste("formula", formula),
    paste("observations", nrow(d)),
    sprintf("coefficient %s %.17g %.17g", rownames(s), s[, 1], s[, 2]),
    sprintf("log-likelihood %.17g", as.numeric(logLik(fit))))
  writeLines(lines, out)
}
reference("poisson-income-glm.txt", "data/poisson_income.csv", "y ~ INCOME + AGE", poisson(),
  "Issue 10, section 1: Poisson, n = 2000, INCOME ~ N(3e4, 8e3), AGE ~ N(40, 10), y ~ Poisson(exp(-7 + 2.6e-4 INCOME + 0.02 AGE)).")
reference("logistic-dollars-glm.txt", "data/logistic_dollars.csv", "y ~ DOLLARS + X", binomial(),
  "Issue 10, section 1: logistic, n = 2000, DOLLARS ~ N(5e4, 2e4) (beta 1e-5), X ~ N(0, 1) (beta 0.5), intercept -0.5.")
reference("logistic-tiny-big-glm.txt", "data/logistic_tiny_big.csv", "y ~ BIG + TINY", binomial(),
  "Issue 10, section 2: logistic, n = 3000, BIG ~ N(0, 1e3) (beta 1e-3), TINY ~ N(0, 1e-3) (true beta 0), intercept 0.5.")
