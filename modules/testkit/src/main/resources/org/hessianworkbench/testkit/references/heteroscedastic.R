# Makes data/heteroscedastic.csv and the reference set heteroscedastic-r.txt beside this file (R 4.x, base
# and stats only). Run from the repository root:
#   Rscript modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/heteroscedastic.R
# The heteroscedastic Gaussian of issue 11, a model of two linear predictors: the loss of one observation
# 0.5*((y - mu)/exp(ls))^2 + ls (the negative log-likelihood of N(mu, exp(ls)^2) without log(2 pi)/2),
# mu = x'b (the mean) and ls = z'g (the log standard deviation).
set.seed(20261128)
n <- 400
x1 <- round(rnorm(n), 3)
x2 <- round(runif(n, -1, 1), 3)
truth <- c(1, 0.5, -0.8, -0.3, 0.6)
y <- round(truth[1] + truth[2] * x1 + truth[3] * x2 + exp(truth[4] + truth[5] * x1) * rnorm(n), 5)
write.csv(data.frame(y = y, x1 = x1, x2 = x2), "data/heteroscedastic.csv", row.names = FALSE, quote = FALSE)
d <- read.csv("data/heteroscedastic.csv")
g <- function(v) paste(sprintf("%.17g", v), collapse = " ")
loss <- quote(0.5 * ((y - mu) / exp(ls))^2 + ls)

# The summed loss, gradient and Hessian (cross blocks included) by R's symbolic D(), at coef = (b, g).
observed <- function(X, Z, coef) {
  p <- ncol(X)
  at <- list(y = d$y, mu = drop(X %*% coef[1:p]), ls = drop(Z %*% coef[-(1:p)]))
  ev <- function(e) rep_len(eval(e, at), nrow(d))
  preds <- list(mu = X, ls = Z)
  idx <- list(mu = 1:p, ls = p + seq_len(ncol(Z)))
  grad <- numeric(length(coef))
  scale <- numeric(length(coef))
  hess <- matrix(0, length(coef), length(coef))
  for (a in names(preds)) {
    da <- D(loss, a)
    grad[idx[[a]]] <- colSums(preds[[a]] * ev(da))
    scale[idx[[a]]] <- colSums(abs(preds[[a]] * ev(da)))
    for (b in names(preds)) {
      hess[idx[[a]], idx[[b]]] <- crossprod(preds[[a]], preds[[b]] * ev(D(da, b)))
    }
  }
  list(loss = sum(ev(loss)), gradient = grad, relative = max(abs(grad) / scale), hessian = (hess + t(hess)) / 2)
}

# Newton's method with step halving from least squares (mu) and the log residual SD (ls's intercept),
# carried on until the gradient is at its rounding floor
fit <- function(X, Z) {
  b <- qr.coef(qr(X), d$y)
  coef <- c(b, log(sqrt(mean((d$y - X %*% b)^2))), rep(0, ncol(Z) - 1))
  o <- observed(X, Z, coef)
  for (i in 1:100) {
    step <- -solve(o$hessian, o$gradient)
    t <- 1
    repeat {
      o1 <- observed(X, Z, coef + t * step)
      if (o1$loss <= o$loss + 1e-12 * abs(o$loss) || t < 1e-10) break
      t <- t / 2
    }
    coef <- coef + t * step
    o <- o1
    if (max(abs(t * step) / pmax(abs(coef), 1)) < 1e-15) break
  }
  message("Newton: ", i, " iterations, relative gradient ", o$relative)
  stopifnot(o$relative < 1e-10, all(eigen(o$hessian)$values > 0))
  list(coef = coef, o = o)
}

record <- function(case, call, terms, f, extra = character()) {
  se <- sqrt(diag(solve(f$o$hessian)))
  c(paste0(case, ".call ", call),
    paste0(case, ".terms ", paste(terms, collapse = " ")),
    paste0(case, ".estimate ", g(f$coef)),
    paste0(case, ".se ", g(se)),
    paste0(case, ".loss ", g(f$o$loss)),
    paste0(case, ".gradient ", g(f$o$gradient)),
    paste0(case, ".hessian ", g(t(f$o$hessian))),
    extra)
}

X <- model.matrix(~ x1 + x2, d)
Z <- model.matrix(~ x1, d)
hetero <- fit(X, Z)
# the special case ls ~ 1 has a closed form: mu by least squares, exp(ls)^2 = RSS/n, and at the estimate
# the cross block X'r exp(-2 ls) * 2 is 0, so se(b) = sigma sqrt(diag((X'X)^-1)) and se(ls) = 1/sqrt(2n)
Z1 <- model.matrix(~ 1, d)
constant <- fit(X, Z1)
ols <- lm(y ~ x1 + x2, d)
sigma <- sqrt(mean(residuals(ols)^2))
closed <- c(coef(ols), log(sigma))
closed.se <- c(sigma * sqrt(diag(solve(crossprod(X)))), 1 / sqrt(2 * n))
stopifnot(max(abs(constant$coef - closed)) < 1e-12, max(abs(sqrt(diag(solve(constant$o$hessian))) - closed.se)) < 1e-12)

dir <- "modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/"
script <- readLines(paste0(dir, "heteroscedastic.R"))
writeLines(c(
  paste("#", strwrap(paste(
    "The heteroscedastic Gaussian of issue 11 fitted to data/heteroscedastic.csv (400 rows, drawn below: y =",
    "1 + 0.5 x1 - 0.8 x2 + exp(-0.3 + 0.6 x1) N(0, 1), x1 standard normal, x2 uniform(-1, 1)), loss",
    "0.5*((y - mu)/exp(ls))^2 + ls. Case hetero: mu ~ x1 + x2, ls ~ x1 (terms as the workbench names them,",
    "NAME:term); case constant: mu ~ x1 + x2, ls ~ 1, whose closed form (least squares, exp(ls)^2 = RSS/n,",
    "se(ls) = 1/sqrt(2n)) the script checks to 1e-12. Estimates by Newton's method on R's symbolic D()",
    "derivatives to the rounding floor; se = sqrt(diag(hessian^-1)), the joint observed information, cross",
    "blocks included; loss, gradient and hessian (row by row) at the estimate."), 104)),
  sprintf("# R %s.%s (Debian's r-base-core), run %s; made by heteroscedastic.R beside this file, which reads:",
          R.version$major, R.version$minor, format(Sys.Date())),
  paste("#", script),
  "data heteroscedastic.csv",
  paste("truth", g(truth)),
  record("hetero", "y; mu ~ x1 + x2; ls ~ x1",
         c("mu:(Intercept)", "mu:x1", "mu:x2", "ls:(Intercept)", "ls:x1"), hetero),
  record("constant", "y; mu ~ x1 + x2; ls ~ 1", c("mu:(Intercept)", "mu:x1", "mu:x2", "ls:(Intercept)"), constant,
         c(paste("constant.closed-form", g(closed)), paste("constant.closed-form-se", g(closed.se))))),
  paste0(dir, "heteroscedastic-r.txt"))
