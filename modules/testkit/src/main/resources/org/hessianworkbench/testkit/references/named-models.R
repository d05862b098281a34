# Reference values for the named models of issue 11 (probit, cloglog, negative binomial, gamma, Huber):
# draws data/grouped_binomial.csv, data/gamma_positive.csv, data/huber_outliers.csv and writes the
# reference sets named-spector-r.txt, named-grouped-r.txt, named-negbin-r.txt, named-gamma-r.txt and
# named-huber-r.txt beside this file. R 4.x with base, stats and MASS. Run from the repository root:
#   Rscript modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/named-models.R
# Estimates are R's: glm with epsilon = 1e-14, refitted from its own estimate until it stops changing;
# MASS::glm.nb, its alternation carried on the same way; Huber's by IRLS finished by an exact solve. Standard errors come from the OBSERVED information: the Hessian of the summed loss at the
# estimate, its second derivatives in the linear predictor(s) taken by R's symbolic D(), times the
# dispersion where one is used. The loss of one observation is an R expression in eta (and logk),
# y, m (trials) and k; an observation's loss is multiplied by its prior weight w.
library(MASS)
dir <- "modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/"
script <- readLines(paste0(dir, "named-models.R"))
g <- function(v) paste(sprintf("%.17g", v), collapse = " ")
ctl <- glm.control(epsilon = 1e-14, maxit = 100)

# --- the data sets drawn here (each with its own seed; rounded so that the CSV holds them exactly)
set.seed(20261128)
n <- 40
m <- sample(5:30, n, replace = TRUE)
dose <- round(runif(n, 0, 4), 2)
group <- sample(c("a", "b", "c"), n, replace = TRUE)
s <- rbinom(n, m, pnorm(-1.2 + 0.5 * dose + 0.4 * (group == "b") - 0.3 * (group == "c")))
write.csv(data.frame(s = s, f = m - s, dose = dose, group = group), "data/grouped_binomial.csv",
          row.names = FALSE, quote = FALSE)

set.seed(20261128)
n <- 150
x1 <- round(rnorm(n), 3)
x2 <- round(rnorm(n), 3)
y <- signif(rgamma(n, shape = 2, rate = 2 / exp(0.5 + 0.8 * x1 - 0.4 * x2)), 6)
write.csv(data.frame(y = y, x1 = x1, x2 = x2), "data/gamma_positive.csv", row.names = FALSE, quote = FALSE)

set.seed(20261128)
n <- 100
x <- round(runif(n, 0, 5), 3)
y <- 1 + 2 * x + rnorm(n)
out <- sort(sample(n, 8))
y[out] <- y[out] + 15
write.csv(data.frame(y = round(y, 4), x = x), "data/huber_outliers.csv", row.names = FALSE, quote = FALSE)

# --- the losses of one observation
loss <- list(
  probit = quote(-(y * log(pnorm(eta)) + (m - y) * log(1 - pnorm(eta)))),
  cloglog = quote(-(y * log(1 - exp(-exp(eta))) - (m - y) * exp(eta))),
  negbin = quote(-(lgamma(y + k) - lgamma(k) - lgamma(y + 1) + k * log(k / (k + exp(eta)))
                   + y * log(exp(eta) / (k + exp(eta))))),
  gamma.log = quote(y * exp(-eta) + eta),
  gamma.inverse = quote(y * eta - log(eta)))
loss$negbin.logk <- do.call(substitute, list(loss$negbin, list(k = quote(exp(logk)))))

# The summed loss, its gradient and Hessian at the estimate. preds: named list of design matrices
# (eta first); coef: the parameters, the predictors' in order; vars: y, m, k...; w: prior weights.
observed <- function(expr, preds, coef, vars, w) {
  at <- vars
  j <- 0
  idx <- list()
  for (p in names(preds)) {
    idx[[p]] <- j + seq_len(ncol(preds[[p]]))
    at[[p]] <- drop(preds[[p]] %*% coef[idx[[p]]])
    j <- j + ncol(preds[[p]])
  }
  ev <- function(e) rep_len(eval(e, at), length(w))
  total <- sum(w * ev(expr))
  grad <- numeric(j)
  scale <- numeric(j)
  hess <- matrix(0, j, j)
  for (a in names(preds)) {
    da <- D(expr, a)
    ga <- w * ev(da)
    grad[idx[[a]]] <- colSums(preds[[a]] * ga)
    scale[idx[[a]]] <- colSums(abs(preds[[a]] * ga))
    for (b in names(preds)) {
      hess[idx[[a]], idx[[b]]] <- crossprod(preds[[a]], preds[[b]] * (w * ev(D(da, b))))
    }
  }
  # check the symbolic second derivatives against central differences of the symbolic gradient
  gradient.at <- function(cf) observed1(expr, preds, cf, vars, w, idx)
  fd <- sapply(seq_len(j), function(i) {
    h <- 1e-6 * max(1, abs(coef[i]))
    (gradient.at(replace(coef, i, coef[i] + h)) - gradient.at(replace(coef, i, coef[i] - h))) / (2 * h)
  })
  stopifnot(max(abs(fd - hess)) < 1e-6 * max(abs(hess)))
  list(loss = total, gradient = grad, relative = max(abs(grad) / scale), hessian = (hess + t(hess)) / 2)
}
observed1 <- function(expr, preds, coef, vars, w, idx) {
  at <- vars
  for (p in names(preds)) at[[p]] <- drop(preds[[p]] %*% coef[idx[[p]]])
  unlist(lapply(names(preds), function(a) colSums(preds[[a]] * (w * rep_len(eval(D(expr, a), at), length(w))))))
}

cases <- list()
record <- function(case, call, terms, estimate, o, dispersion, extra = character()) {
  message(case, ": relative gradient ", o$relative)
  stopifnot(all(is.finite(o$hessian)), o$relative < 1e-8)
  se <- sqrt(dispersion * diag(solve(o$hessian)))
  cases[[case]] <<- list(terms = terms, estimate = estimate, se = se)
  c(paste0(case, ".call ", call),
    paste0(case, ".terms ", paste(terms, collapse = " ")),
    paste0(case, ".estimate ", g(estimate)),
    paste0(case, ".se ", g(se)),
    paste0(case, ".dispersion ", g(dispersion)),
    paste0(case, ".loss ", g(o$loss)),
    paste0(case, ".gradient ", g(o$gradient)),
    paste0(case, ".gradient-maxabs ", g(max(abs(o$gradient)))),
    paste0(case, ".hessian ", g(t(o$hessian))),
    extra)
}
glm.lines <- function(case, fit, r.se) {
  c(paste0(case, ".observations ", nobs(fit)),
    paste0(case, ".loglik ", g(as.numeric(logLik(fit)))),
    paste0(case, ".deviance ", g(deviance(fit))),
    paste0(case, ".null-deviance ", g(fit$null.deviance)),
    paste0(case, ".aic ", g(AIC(fit))),
    paste0(case, ".df-residual ", fit$df.residual),
    paste0(case, ".df-null ", fit$df.null),
    paste0(case, ".se-r ", g(r.se)))
}
# glm stops when the deviance changes by less than epsilon, which leaves a Fisher-scoring (linearly
# converging) estimate some 1e-8 from its limit: refit from its own estimate (one or more of R's IRLS
# steps each time) until the coefficients stop changing, so that the estimate is at the rounding floor.
refit <- function(formula, family, data, weights = NULL, start = NULL, quiet = FALSE) {
  data$.w <- if (is.null(weights)) 1 else weights
  for (i in 1:200) {
    fit <- glm(formula, family = family, data = data, weights = .w, start = start, control = ctl)
    stopifnot(fit$converged)
    if (!is.null(start) && max(abs(coef(fit) - start) / pmax(abs(coef(fit)), 1e-3)) < 1e-15) break
    start <- coef(fit)
  }
  if (!quiet) message(deparse(formula), ", ", family$family, "(", family$link, "): refitted ", i, " times")
  fit
}
fit.glm <- function(case, formula, family, data, expr, vars, weights = NULL, dispersion = function(fit) 1,
                    call, extra = function(fit) character(), start = NULL) {
  fit <- refit(formula, family, data, weights, start)
  X <- model.matrix(fit)
  w <- if (is.null(weights)) rep(1, nrow(X)) else weights
  o <- observed(expr, list(eta = X), coef(fit), vars, w)
  phi <- dispersion(fit)
  c(record(case, call, colnames(X), coef(fit), o, phi),
    glm.lines(case, fit, summary(fit, dispersion = phi)$coefficients[, 2]), extra(fit))
}
pearson <- function(fit) sum(residuals(fit, type = "pearson")^2) / fit$df.residual

write.set <- function(file, what, lines) {
  writeLines(c(paste("#", strwrap(what, 104)),
               sprintf("# R %s.%s (Debian's r-base-core), MASS %s, run %s; made by named-models.R beside this file, which reads:",
                       R.version$major, R.version$minor, packageVersion("MASS"), format(Sys.Date())),
               paste("#", script),
               "# Lines: <case>.<statistic> value [value...]; vectors in the order of <case>.terms. <case>.loss is the",
               "# summed loss (the expressions above, times the prior weights); <case>.gradient its gradient at the",
               "# estimate; <case>.hessian the observed Hessian of the summed loss there, row by row (symmetrised;",
               "# checked against central differences of the gradient to 1e-6); <case>.se = sqrt(<case>.dispersion *",
               "# diag(hessian^-1)); <case>.se-r is R's summary() standard error (expected information, times the same",
               "# dispersion); loglik, deviance, null-deviance, aic, df-residual and df-null are R's.",
               lines),
             paste0(dir, file))
}

# --- 1. Spector & Mazzeo: probit, cloglog, probit with an interaction, probit with prior weights
sp <- read.csv("data/spector.csv")
v01 <- list(y = sp$GRADE, m = 1)
spector <- c(
  "data spector.csv",
  fit.glm("probit", GRADE ~ GPA + TUCE + PSI, binomial(link = "probit"), sp, loss$probit, v01,
          call = "glm(GRADE ~ GPA + TUCE + PSI, family = binomial(link = \"probit\"))"),
  fit.glm("cloglog", GRADE ~ GPA + TUCE + PSI, binomial(link = "cloglog"), sp, loss$cloglog, v01,
          call = "glm(GRADE ~ GPA + TUCE + PSI, family = binomial(link = \"cloglog\"))"),
  fit.glm("probit-interaction", GRADE ~ GPA * PSI, binomial(link = "probit"), sp, loss$probit, v01,
          call = "glm(GRADE ~ GPA * PSI, family = binomial(link = \"probit\"))"),
  suppressWarnings(fit.glm("probit-weighted", GRADE ~ GPA + TUCE + PSI, binomial(link = "probit"), sp,
                           loss$probit, v01, weights = sp$TUCE / 20,
                           call = "glm(GRADE ~ GPA + TUCE + PSI, family = binomial(link = \"probit\"), weights = TUCE/20)")))
# statsmodels' printed probit: const -7.4523 (2.542), GPA 1.6258 (0.694), TUCE 0.0517 (0.084), PSI 1.4263 (0.595)
stopifnot(all(round(cases$probit$estimate, 4) == c(-7.4523, 1.6258, 0.0517, 1.4263)),
          all(round(cases$probit$se, 3) == c(2.542, 0.694, 0.084, 0.595)))
write.set("named-spector-r.txt",
          paste("Probit and cloglog fits of Spector & Mazzeo's data (data/spector.csv, 32 rows), cases probit and",
                "cloglog: GRADE ~ GPA + TUCE + PSI; probit-interaction: GRADE ~ GPA * PSI (R's columns (Intercept) GPA",
                "PSI GPA:PSI); probit-weighted: GRADE ~ GPA + TUCE + PSI with prior weights TUCE/20 (made up; each",
                "observation's loss times its weight; R warns 'non-integer #successes', which",
                "is fine: the estimate minimises the weighted loss, but R's loglik and aic then use rounded counts and",
                "are not -loss). The probit agrees with statsmodels' printed Probit(GRADE, [const, GPA, TUCE, PSI]):",
                "const -7.4523 (2.542), GPA 1.6258 (0.694), TUCE 0.0517 (0.084), PSI 1.4263 (0.595), to all its",
                "printed digits (checked by stopifnot below). m = 1 (0/1 data); loglik = -loss for the unweighted cases."),
          spector)

# --- 2. grouped binomial counts: cbind(s, f) ~ dose + group, probit and cloglog
gb <- read.csv("data/grouped_binomial.csv")
vgb <- list(y = gb$s, m = gb$s + gb$f)
grouped <- c(
  "data grouped_binomial.csv",
  fit.glm("probit", cbind(s, f) ~ dose + group, binomial(link = "probit"), gb, loss$probit, vgb,
          call = "glm(cbind(s, f) ~ dose + group, family = binomial(link = \"probit\"))"),
  fit.glm("cloglog", cbind(s, f) ~ dose + group, binomial(link = "cloglog"), gb, loss$cloglog, vgb,
          call = "glm(cbind(s, f) ~ dose + group, family = binomial(link = \"cloglog\"))"),
  paste("log-binomial-coefficients", g(sum(lchoose(gb$s + gb$f, gb$s)))))
write.set("named-grouped-r.txt",
          paste("Cases probit and cloglog: cbind(s, f) ~ dose + group fitted to grouped binomial counts",
                "(data/grouped_binomial.csv, 40 rows, drawn below:",
                "s successes, f failures, m = s + f trials from 5 to 30, dose, group a text factor with levels a, b, c",
                "whose columns R names groupb and groupc). The loss has y = s and m = s + f and no binomial",
                "coefficients, so R's loglik = -loss + log-binomial-coefficients (the sum of lchoose(m, s))."),
          grouped)

# --- 3. negative binomial counts: k = 1.5 fixed, and k estimated (MASS::glm.nb)
oc <- read.csv("data/overdispersed_counts.csv")
negbin <- c(
  "data overdispersed_counts.csv",
  fit.glm("negbin-fixed", count ~ x + dose, negative.binomial(theta = 1.5), oc, loss$negbin,
          list(y = oc$count, k = 1.5), call = "glm(count ~ x + dose, family = MASS::negative.binomial(theta = 1.5))",
          extra = function(fit) paste("negbin-fixed.k", g(1.5))))
nb <- glm.nb(count ~ x + dose, data = oc, control = ctl)
stopifnot(nb$converged)
X <- model.matrix(nb)
# glm.nb's theta.ml stops at a step of 1.2e-4 (its eps) and its last theta goes with the previous
# iterate's mu: carry its alternation on to the rounding floor with MASS's own pieces, a glm with theta
# fixed (refit, above) and theta.ml (eps = 1e-13), from glm.nb's estimate
b <- coef(nb)
th <- nb$theta
for (i in 1:500) {
  fit <- refit(count ~ x + dose, negative.binomial(theta = th), oc, start = b, quiet = TRUE)
  th1 <- as.vector(theta.ml(oc$count, fitted(fit), limit = 100, eps = 1e-13))
  done <- max(abs(c(coef(fit) - b, th1 - th)) / abs(c(coef(fit), th1))) < 1e-15
  b <- coef(fit)
  th <- th1
  if (done) break
}
message("glm.nb: ", i, " more alternations; glm.nb's estimate differs by ",
        max(abs(c(coef(nb) - b, nb$theta - th)) / abs(c(b, th))), " (relative)")
est <- c(b, logk = log(th))
o <- observed(loss$negbin.logk, list(eta = X, logk = matrix(1, nrow(X), 1)), est, list(y = oc$count),
              rep(1, nrow(X)))
negbin <- c(negbin,
  record("negbin-estimated", "MASS::glm.nb(count ~ x + dose)", c(colnames(X), "logk"), est, o, 1),
  paste("negbin-estimated.observations", nrow(X)),
  paste("negbin-estimated.loglik", g(-o$loss)),
  paste("negbin-estimated.deviance", g(deviance(fit))),
  paste("negbin-estimated.null-deviance", g(fit$null.deviance)),
  paste("negbin-estimated.aic", g(2 * o$loss + 2 * length(est))),
  paste("negbin-estimated.df-residual", fit$df.residual),
  paste("negbin-estimated.df-null", fit$df.null),
  paste("negbin-estimated.se-r", g(summary(nb)$coefficients[, 2])),
  paste("negbin-estimated.theta", g(th)),
  paste("negbin-estimated.logk", g(log(th))),
  paste("negbin-estimated.theta-se-r", g(nb$SE.theta)),
  paste("negbin-estimated.estimate-glm-nb", g(c(coef(nb), log(nb$theta)))),
  paste("negbin-estimated.theta-glm-nb", g(nb$theta)),
  paste("negbin-estimated.loglik-glm-nb", g(as.numeric(logLik(nb)))),
  paste("negbin-estimated.aic-glm-nb", g(AIC(nb))))
stopifnot(abs(as.numeric(logLik(nb)) + o$loss) < 1e-10 * o$loss)
write.set("named-negbin-r.txt",
          paste("Negative binomial (NB2, log link) fits of data/overdispersed_counts.csv (120 rows, drawn with size 1.5;",
                "see quasipoisson-r.txt): case negbin-fixed, count ~ x + dose with k = 1.5 fixed (glm with MASS::negative.binomial(1.5);",
                "its se-r is summary(fit, dispersion = 1), expected information, as summary.glm would otherwise",
                "estimate a Pearson dispersion for this family), and case negbin-estimated, with k estimated (MASS::glm.nb: coefficients and",
                "theta = k) as a second linear predictor logk = log k with an intercept alone, k = exp(logk) in the loss;",
                "its se is from the joint observed information of (Intercept), x, dose, logk; its se-r is glm.nb's",
                "summary (expected information of the coefficients with theta held fixed) and theta-se-r glm.nb's",
                "SE.theta (the standard error of theta, not of log theta). glm.nb's own estimate (estimate-glm-nb,",
                "theta-glm-nb) is 3e-9 (relative) from the minimum; the alternation is carried on below to the rounding",
                "floor, and estimate, theta, logk, loss, gradient, hessian, se, deviance and null-deviance (R's glm with",
                "that theta fixed) are at that floor; loglik = -loss (equal to glm.nb's logLik to 1e-10, checked),",
                "aic = 2 loss + 8 (four parameters). For k = 1.5 fixed, loglik = -loss too."),
          negbin)

# --- 4. gamma, log and inverse links, dispersion by Pearson
ga <- read.csv("data/gamma_positive.csv")
vga <- list(y = ga$y)
gamma <- c(
  "data gamma_positive.csv",
  fit.glm("gamma-log", y ~ x1 + x2, Gamma(link = "log"), ga, loss$gamma.log, vga, dispersion = pearson,
          call = "glm(y ~ x1 + x2, family = Gamma(link = \"log\"))"),
  # R's default start (eta from mu = y) fails here ("no valid set of coefficients"): start from 1/mean(y);
  # R then truncates its first steps (warnings "step size truncated due to divergence"), which is fine
  fit.glm("gamma-inverse", y ~ x1 + x2, Gamma(link = "inverse"), ga, loss$gamma.inverse, vga, dispersion = pearson,
          start = c(1 / mean(ga$y), 0, 0),
          call = "glm(y ~ x1 + x2, family = Gamma(link = \"inverse\"), start = c(1/mean(y), 0, 0))",
          extra = function(fit) paste("gamma-inverse.eta-range", g(range(fit$linear.predictors)))))
write.set("named-gamma-r.txt",
          paste("Gamma fits of data/gamma_positive.csv (150 rows, drawn below: y gamma with shape 2 and mean",
                "exp(0.5 + 0.8 x1 - 0.4 x2)): y ~ x1 + x2 with the log link (case gamma-log) and with the inverse link",
                "(gamma-inverse; R's Gamma() default, mean 1/eta: fitted to the same y, whose mean is not of that form,",
                "from start = c(1/mean(y), 0, 0) as R's default start fails; at the estimate every eta is positive,",
                "from 0.0244 to 1.117, eta-range). The loss is the gamma negative log-likelihood per unit shape without its",
                "constants; se = sqrt(dispersion * diag(hessian^-1)) with the dispersion Pearson's X^2/(n - p) =",
                "sum((y - mu)^2/mu^2)/(n - p) (summary.glm's); se-r is summary.glm's (expected information times the",
                "same dispersion): equal to se for the canonical inverse link, not for the log link. R's loglik and",
                "aic use its own dispersion estimate (deviance/n) and count it as a parameter; they are not -loss."),
          gamma)

# --- 5. Huber's loss, delta = 1.345 fixed (no scale estimate)
hu <- read.csv("data/huber_outliers.csv")
delta <- 1.345
X <- model.matrix(~ x, hu)
b <- qr.coef(qr(X), hu$y)
for (i in 1:10000) {
  r <- hu$y - drop(X %*% b)
  w <- pmin(1, delta / abs(r))
  b1 <- qr.coef(qr(X * sqrt(w)), hu$y * sqrt(w))
  done <- max(abs(b1 - b) / abs(b1)) < 1e-15
  b <- b1
  if (done) break
}
# finish exactly: with the set of |r| <= delta fixed, the gradient -X'psi(r) = 0 is linear in b
for (j in 1:20) {
  r <- hu$y - drop(X %*% b)
  inl <- abs(r) <= delta
  b1 <- solve(crossprod(X[inl, , drop = FALSE]),
              crossprod(X[inl, , drop = FALSE], hu$y[inl]) + crossprod(X[!inl, , drop = FALSE], delta * sign(r[!inl])))[, 1]
  same <- identical(inl, abs(hu$y - drop(X %*% b1)) <= delta)
  b <- b1
  if (same) break
}
r <- hu$y - drop(X %*% b)
inl <- abs(r) <= delta
stopifnot(min(abs(abs(r) - delta)) > 1e-6)
psi <- pmax(-delta, pmin(delta, r))
o <- list(loss = sum(0.5 * pmin(abs(r), delta)^2 + delta * pmax(abs(r) - delta, 0)),
          gradient = -colSums(X * psi), hessian = crossprod(X[inl, , drop = FALSE]))
o$relative <- max(abs(o$gradient) / colSums(abs(X * psi)))
fd <- sapply(1:2, function(i) {
  h <- 1e-6 * max(1, abs(b[i]))
  gr <- function(cf) -colSums(X * pmax(-delta, pmin(delta, hu$y - drop(X %*% cf))))
  (gr(replace(b, i, b[i] + h)) - gr(replace(b, i, b[i] - h))) / (2 * h)
})
stopifnot(max(abs(fd - o$hessian)) < 1e-6 * max(abs(o$hessian)))
n <- nrow(X)
p <- ncol(X)
phi <- (sum(psi^2) / (n - p)) / (sum(inl) / n)
huber <- c(
  "data huber_outliers.csv",
  record("huber", "y ~ x, Huber's loss with delta = 1.345", colnames(X), b, o, phi),
  paste("huber.delta", g(delta)),
  paste("huber.observations", n),
  paste("huber.inliers", sum(inl)),
  paste("huber.irls-iterations", i),
  paste("huber.ols-estimate", g(qr.coef(qr(X), hu$y))),
  paste("huber.min-distance-to-kink", g(min(abs(abs(r) - delta)))))
write.set("named-huber-r.txt",
          paste("Huber regression of data/huber_outliers.csv (100 rows, drawn below: y = 1 + 2 x + N(0, 1) with 8",
                "gross outliers + 15, x uniform(0, 5)): case huber, y ~ x minimising sum 0.5*min(|r|, delta)^2 + delta*max(|r| -",
                "delta, 0), r = y - eta, delta = 1.345 in the response's units (no scale estimate), by IRLS with",
                "weights min(1, delta/|r|) (irls-iterations, to a change below 1e-15) finished by the exact solve for",
                "the final set of |r| <= delta (inliers). hessian = X'diag(1{|r| <= delta})X (the loss's second",
                "derivative away from the kinks; no residual is within min-distance-to-kink of one); psi(r) =",
                "max(-delta, min(delta, r)); dispersion = [sum psi^2/(n - p)]/[sum psi'/n], psi' = 1{|r| <= delta};",
                "se = sqrt(dispersion * diag(hessian^-1)). ols-estimate is lm's, for contrast. No glm statistics."),
          huber)
