# Predictions with standard errors (R's predict(..., se.fit = TRUE)) for the reference set predict-r.txt:
# run from the repository's root: Rscript modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/predict.R
# (Debian r-base-core). Each glm is refitted from its own estimate until it stops changing, as named-models.R.
# Each case predicts on its own training data; the first 40 rows are written (rows in the data's order). Keys per case: link (type = "link"),
# link-se (its se.fit), response (type = "response"), response-se (its se.fit, |dmu/deta| times link-se),
# ci-low and ci-high: linkinv(link -/+ qnorm(0.975) link-se) for a glm, predict.lm(interval = "confidence")
# (t with df.residual) for lm; for the glm the ends are sorted (a decreasing link swaps them).
g <- function(x) paste(sprintf("%.17g", head(x, 40)), collapse = " ")
here <- "modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/"
ctl <- glm.control(epsilon = 1e-14, maxit = 100)
refit <- function(formula, family, data) {
  fit <- glm(formula, family = family, data = data, control = ctl)
  for (i in 1:20) fit <- glm(formula, family = family, data = data, start = coef(fit), control = ctl)
  fit
}
lines <- character(0)
glm.case <- function(name, file, formula, call, fit) {
  l <- predict(fit, type = "link", se.fit = TRUE)
  r <- predict(fit, type = "response", se.fit = TRUE)
  z <- qnorm(0.975)
  a <- fit$family$linkinv(l$fit - z * l$se.fit)
  b <- fit$family$linkinv(l$fit + z * l$se.fit)
  lines <<- c(lines, paste0(name, ".data ", file), paste0(name, ".formula ", formula),
              paste0(name, ".call ", call),
              paste0(name, ".link ", g(l$fit)), paste0(name, ".link-se ", g(l$se.fit)),
              paste0(name, ".response ", g(r$fit)), paste0(name, ".response-se ", g(r$se.fit)),
              paste0(name, ".ci-low ", g(pmin(a, b))), paste0(name, ".ci-high ", g(pmax(a, b))))
}
ucla <- read.csv("data/ucla_binary.csv")
ucla$rank <- factor(ucla$rank)
glm.case("logistic", "ucla_binary.csv", "admit ~ gre + gpa + C(rank)", "glm(admit ~ gre + gpa + factor(rank), binomial)",
         refit(admit ~ gre + gpa + rank, binomial, ucla))
income <- read.csv("data/poisson_income.csv")
glm.case("poisson", "poisson_income.csv", "y ~ INCOME + AGE", "glm(y ~ INCOME + AGE, poisson)", refit(y ~ INCOME + AGE, poisson, income))
spector <- read.csv("data/spector.csv")
glm.case("probit", "spector.csv", "GRADE ~ GPA + TUCE + PSI",
         "glm(GRADE ~ GPA + TUCE + PSI, binomial(link = \"probit\"))",
         refit(GRADE ~ GPA + TUCE + PSI, binomial(link = "probit"), spector))
fit <- lm(gpa ~ gre + rank, data = ucla)
p <- predict(fit, se.fit = TRUE, interval = "confidence")
lines <- c(lines, "linear.data ucla_binary.csv", "linear.formula gpa ~ gre + C(rank)",
           "linear.call lm(gpa ~ gre + factor(rank))",
           paste0("linear.link ", g(p$fit[, "fit"])), paste0("linear.link-se ", g(p$se.fit)),
           paste0("linear.response ", g(p$fit[, "fit"])), paste0("linear.response-se ", g(p$se.fit)),
           paste0("linear.ci-low ", g(p$fit[, "lwr"])), paste0("linear.ci-high ", g(p$fit[, "upr"])),
           paste0("linear.df ", fit$df.residual))
writeLines(c(sprintf("# R %s, made by predict.R beside this file:", paste(R.version$major, R.version$minor, sep = ".")),
             paste("#", readLines(paste0(here, "predict.R"))), lines), paste0(here, "predict-r.txt"))
