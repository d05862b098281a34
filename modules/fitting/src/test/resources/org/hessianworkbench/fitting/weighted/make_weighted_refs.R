# Makes weighted.csv and weighted-r.txt beside this script: R's glm and lm with prior weights, binomial
# trials (cbind) and offsets, the reference values of the fitting module's WeightedFitTest.
# Run from the repository root (R 4.2.2, Debian's r-base-core and r-cran-brglm2 0.9):
#   Rscript modules/fitting/src/test/resources/org/hessianworkbench/fitting/weighted/make_weighted_refs.R
dir <- "modules/fitting/src/test/resources/org/hessianworkbench/fitting/weighted"
set.seed(20261128)
n <- 60
x1 <- round(rnorm(n), 3)
x2 <- round(runif(n, -1, 1), 3)
# integer prior weights (frequencies) with some zeros, and fractional ones with six zeros
wi <- sample(0:3, n, replace = TRUE, prob = c(0.1, 0.4, 0.3, 0.2))
w <- round(runif(n, 0.2, 2.5), 2)
w[sample(n, 6)] <- 0
exposure <- round(runif(n, 0.5, 5), 2)
off <- round(0.5 * x2 - 0.2, 3)
yb <- rbinom(n, 1, plogis(0.3 + 0.8 * x1 - 0.6 * x2))
m <- sample(1:12, n, replace = TRUE)
s <- rbinom(n, m, plogis(-0.2 + 0.7 * x1 + 0.5 * x2))
f <- m - s
# negative binomial counts: mildly overdispersed, so the quasi-Poisson dispersion is not 1
count <- rnbinom(n, mu = exposure * exp(0.4 + 0.5 * x1 - 0.3 * x2), size = 3)
ylin <- round(1 + 2 * x1 - x2 + rnorm(n, sd = 0.7 / sqrt(pmax(w, 0.2))), 3)
d <- data.frame(x1, x2, wi, w, exposure, off, yb, s, f, count, ylin)
write.csv(d, file.path(dir, "weighted.csv"), row.names = FALSE, quote = FALSE)
d <- read.csv(file.path(dir, "weighted.csv"))

ctl <- glm.control(epsilon = 1e-14, maxit = 100)
g <- function(v) paste(sprintf("%.17g", v), collapse = " ")
out <- character()
put <- function(case, key, value) out <<- c(out, paste(paste0(case, ".", key), value))
glms <- list(
  "logistic-weights" = quote(glm(yb ~ x1 + x2, family = binomial, data = d, weights = wi, control = ctl)),
  "logistic-fractional-weights" = quote(glm(yb ~ x1 + x2, family = binomial, data = d, weights = w, control = ctl)),
  "binomial-cbind" = quote(glm(cbind(s, f) ~ x1 + x2, family = binomial, data = d, control = ctl)),
  "binomial-cbind-weights-offset" = quote(glm(cbind(s, f) ~ x1 + offset(off), family = binomial, data = d,
                                              weights = w, control = ctl)),
  "binomial-cbind-offset-no-intercept" = quote(glm(cbind(s, f) ~ x1 - 1 + offset(off), family = binomial, data = d,
                                                   control = ctl)),
  "poisson-offset" = quote(glm(count ~ x1 + x2 + offset(log(exposure)), family = poisson, data = d, control = ctl)),
  "poisson-offset-no-intercept" = quote(glm(count ~ x1 + x2 - 1 + offset(log(exposure)), family = poisson, data = d,
                                            control = ctl)),
  "poisson-weights-offset" = quote(glm(count ~ x1 + x2 + offset(log(exposure)), family = poisson, data = d,
                                       weights = w, control = ctl)),
  "quasipoisson-weights-offset" = quote(glm(count ~ x1 + x2 + offset(log(exposure)), family = quasipoisson, data = d,
                                            weights = w, control = ctl)),
  "quasibinomial-cbind-weights" = quote(glm(cbind(s, f) ~ x1 + x2, family = quasibinomial, data = d, weights = w,
                                            control = ctl)),
  "gaussian-weights-offset" = quote(glm(ylin ~ x1 + x2 + offset(off), family = gaussian, data = d, weights = w,
                                        control = ctl)))
for (case in names(glms)) {
  # binomial fits with fractional weights warn "non-integer #successes": the fit is still R's.
  # glm's standard errors use the weights of the iterate before the last: refit from the converged
  # estimate, so that they are those at the estimate (the estimate itself does not move)
  fit <- suppressWarnings(eval(glms[[case]]))
  fit <- suppressWarnings(update(fit, start = coef(fit)))
  sm <- summary(fit)
  put(case, "call", paste(deparse(glms[[case]], width.cutoff = 500), collapse = " "))
  put(case, "terms", paste(names(coef(fit)), collapse = " "))
  put(case, "estimate", g(coef(fit)))
  put(case, "se", g(sm$coefficients[, 2]))
  put(case, "statistic", g(sm$coefficients[, 3]))
  put(case, "loglik", g(as.numeric(logLik(fit))))
  put(case, "aic", g(AIC(fit)))
  put(case, "deviance", g(deviance(fit)))
  put(case, "null-deviance", g(fit$null.deviance))
  put(case, "df-residual", fit$df.residual)
  put(case, "df-null", fit$df.null)
  put(case, "dispersion", g(sm$dispersion))
  put(case, "pearson-chi2", g(sum(residuals(fit, type = "pearson")^2)))
  put(case, "fitted-first", g(fitted(fit)[1]))
}
lms <- list(
  "linear-weights" = quote(lm(ylin ~ x1 + x2, data = d, weights = w)),
  "linear-weights-offset" = quote(lm(ylin ~ x1 + x2 + offset(off), data = d, weights = w)))
for (case in names(lms)) {
  fit <- eval(lms[[case]])
  sm <- summary(fit)
  put(case, "call", paste(deparse(lms[[case]], width.cutoff = 500), collapse = " "))
  put(case, "terms", paste(names(coef(fit)), collapse = " "))
  put(case, "estimate", g(coef(fit)))
  put(case, "se", g(sm$coefficients[, 2]))
  put(case, "statistic", g(sm$coefficients[, 3]))
  put(case, "loglik", g(as.numeric(logLik(fit))))
  put(case, "aic", g(AIC(fit)))
  put(case, "deviance", g(deviance(fit)))
  put(case, "df-residual", fit$df.residual)
  put(case, "sigma", g(sm$sigma))
  put(case, "r-squared", g(sm$r.squared))
  put(case, "fitted-first", g(fitted(fit)[1]))
}
# Firth's bias reduction (brglm2's AS_mean: the maximiser of the weighted log-likelihood plus half the log
# determinant of X'WX, W = w m mu (1 - mu)), with prior weights, trials and an offset
suppressMessages(library(brglm2))
fctl <- brglmControl(epsilon = 1e-14, maxit = 1000)
firths <- list(
  "firth-logistic-weights" = quote(glm(yb ~ x1 + x2, family = binomial, data = d, weights = wi, method = "brglmFit",
                                       type = "AS_mean", control = fctl)),
  "firth-cbind-weights-offset" = quote(glm(cbind(s, f) ~ x1 + x2 + offset(off), family = binomial, data = d, weights = w,
                                           method = "brglmFit", type = "AS_mean", control = fctl)))
for (case in names(firths)) {
  fit <- suppressWarnings(eval(firths[[case]]))
  stopifnot(fit$converged)
  sm <- summary(fit)
  X <- model.matrix(fit)
  put(case, "call", paste(deparse(firths[[case]], width.cutoff = 500), collapse = " "))
  put(case, "terms", paste(names(coef(fit)), collapse = " "))
  put(case, "estimate", g(coef(fit)))
  put(case, "se", g(sm$coefficients[, 2]))
  put(case, "deviance", g(deviance(fit)))
  put(case, "log-det-information", g(as.numeric(determinant(crossprod(X * sqrt(fit$weights)), logarithm = TRUE)$modulus)))
}
header <- c(
  sprintf("# R %s.%s (%s) glm and lm fits of weighted.csv with prior weights, binomial trials and offsets,",
          R.version$major, R.version$minor, R.version$status),
  "# made by make_weighted_refs.R beside this file (which also drew the data), run from the repository root:",
  "#   Rscript modules/fitting/src/test/resources/org/hessianworkbench/fitting/weighted/make_weighted_refs.R",
  "# glm with glm.control(epsilon = 1e-14, maxit = 100): IRLS converged to its rounding floor, not to R's default 1e-8;",
  "# then refitted with start = coef(fit), so that the standard errors use the IRLS weights at the estimate.",
  "# Numbers printed with sprintf(\"%.17g\"). Keys <case>.<statistic>; <case>.call is the call that made the case;",
  "# vectors are in the order of <case>.terms. se and statistic: summary()'s second and third columns;",
  "# loglik: logLik(); aic: AIC(); dispersion: summary()$dispersion; pearson-chi2: sum of squared Pearson residuals;",
  "# fitted-first: fitted(fit)[1] (offset included). Data: set.seed(20261128), see the script.",
  sprintf("# firth-* cases: brglm2 %s, glm(method = \"brglmFit\", type = \"AS_mean\", epsilon = 1e-14): estimates maximise",
          as.character(packageVersion("brglm2"))),
  "# the weighted log-likelihood plus 1/2 log det I, I = X'WX with W = w m mu (1 - mu) (the IRLS weights at the",
  "# estimate); se: sqrt of the diagonal of I^-1 at the estimate; log-det-information: log det I there.")
writeLines(c(header, "data weighted.csv", paste("observations", nrow(d)), out), file.path(dir, "weighted-r.txt"))
