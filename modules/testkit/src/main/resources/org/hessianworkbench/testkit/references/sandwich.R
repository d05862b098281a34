# Sandwich standard errors (R sandwich::vcovHC, types HC0..HC3) for the reference sets sandwich-*-r.txt;
# run from the repository's root: Rscript modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/sandwich.R
# (Debian r-base-core and r-cran-sandwich).
library(sandwich)
g <- function(x) sprintf("%.17g", x)
here <- "modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/"
out <- function(name, file, fit) {
  s <- summary(fit)
  cf <- coef(fit)
  lines <- c(sprintf("# %s on data/%s, R %s, sandwich %s (Debian r-cran-sandwich), made by sandwich.R beside this file:",
                     deparse(fit$call), file, paste(R.version$major, R.version$minor, sep = "."),
                     as.character(packageVersion("sandwich"))),
             paste("#", readLines(paste0(here, "sandwich.R"))[-(1:3)]),
             "# Lines: coefficient <term> <estimate> <model standard error>; hc0..hc3: sqrt(diag(vcovHC(fit, type))) in coefficient order.",
             paste("data", file),
             paste("formula", deparse(formula(fit))),
             paste("observations", nobs(fit)),
             paste("coefficient", names(cf), g(cf), g(s$coefficients[, 2])))
  for (type in c("HC0", "HC1", "HC2", "HC3")) {
    lines <- c(lines, paste(tolower(type), paste(g(sqrt(diag(vcovHC(fit, type = type)))), collapse = " ")))
  }
  writeLines(lines, paste0(here, "sandwich-", name, "-r.txt"))
}
spector <- read.csv("data/spector.csv")
out("spector", "spector.csv", glm(GRADE ~ GPA + TUCE + PSI, family = binomial, data = spector,
        control = glm.control(epsilon = 1e-14, maxit = 100)))
income <- read.csv("data/poisson_income.csv")
out("poisson", "poisson_income.csv", glm(y ~ INCOME + AGE, family = poisson, data = income,
        control = glm.control(epsilon = 1e-14, maxit = 100)))
longley <- read.csv("data/longley.csv")
out("longley", "longley.csv", lm(TOTEMP ~ GNPDEFL + GNP + UNEMP + ARMED + POP + YEAR, data = longley))
# probit: a non-canonical link, so R's bread (summary.glm's unscaled covariance) and hat values use the
# expected information's working weights: the workbench's --information expected with --se hc0..hc3.
# Refitted from its own estimate until it stops changing (glm's first stop is about 3e-10 away, which the
# scores in the meat amplify to about 1e-8)
probit <- glm(GRADE ~ GPA + TUCE + PSI, family = binomial(link = "probit"), data = spector,
              control = glm.control(epsilon = 1e-14, maxit = 100))
for (i in 1:20) {
  probit <- glm(GRADE ~ GPA + TUCE + PSI, family = binomial(link = "probit"), data = spector, start = coef(probit),
                control = glm.control(epsilon = 1e-14, maxit = 100))
}
out("probit", "spector.csv", probit)
