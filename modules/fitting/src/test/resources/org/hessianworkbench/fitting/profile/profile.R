# Profile-likelihood intervals for profile-r.txt; run from the repository's root:
#   Rscript modules/fitting/src/test/resources/org/hessianworkbench/fitting/profile/profile.R
# (Debian r-base-core and r-cran-mass). Three references per model:
#   mass-*:  MASS's confint (profile with its default del = zmax/5, then a spline), the published kind;
#   fine-*:  MASS's confint on a finer profile (del = zmax/200), its spline nearer the exact roots;
#   exact-*: the exact roots, by uniroot on the profile deviance, each point a glm refit with the
#            coefficient fixed through an offset (independent of MASS and of the workbench).
# Firth's penalised profile (no logistf in Debian): the penalised log-likelihood
# l(b) + 1/2 log det(X'WX) maximised over the intercept by optimize() for each fixed slope, roots by uniroot.
suppressMessages(library(MASS))
g <- function(x) paste(sprintf("%.17g", x), collapse = " ")
here <- "modules/fitting/src/test/resources/org/hessianworkbench/fitting/profile/"
lines <- c(sprintf("# Made by profile.R beside this file (R %s.%s, MASS %s); each line: key, the lower ends, then the upper ends,",
                   R.version$major, R.version$minor, as.character(packageVersion("MASS"))),
           "# in coefficient order, printed with %.17g.")
ctl <- glm.control(epsilon = 1e-14, maxit = 100)
exact <- function(fit, data, level = 0.95) {
  X <- model.matrix(fit); y <- fit$y; w <- weights(fit, type = "prior"); fam <- family(fit)
  b <- coef(fit); se <- sqrt(diag(vcov(fit))); d0 <- deviance(fit)
  phi <- if (fam$family %in% c("binomial", "poisson")) 1 else summary(fit)$dispersion
  crit <- if (fam$family %in% c("binomial", "poisson")) qnorm(1 - (1 - level) / 2) else qt(1 - (1 - level) / 2, fit$df.residual)
  prof <- function(j, v) {
    f <- glm.fit(X[, -j, drop = FALSE], y, weights = w, offset = v * X[, j], family = fam, control = ctl)
    sign(v - b[j]) * sqrt(max(0, (f$deviance - d0) / phi))
  }
  ends <- function(side) sapply(seq_along(b), function(j) {
    h <- function(v) prof(j, v) - side * crit
    far <- b[j] + side * 2 * crit * se[j]
    while (sign(h(far)) != side) far <- b[j] + 2 * (far - b[j])
    uniroot(h, sort(c(b[j], far)), tol = 1e-13 * se[j])$root
  })
  c(ends(-1), ends(1))
}
mass <- function(fit, del) {
  p <- profile(fit, del = del, maxsteps = 1000)
  ci <- confint(p)
  c(ci[, 1], ci[, 2])
}
zmax <- sqrt(qchisq(1 - 0.01, 1))  # MASS profile.glm's default alpha = 0.01

u <- read.csv("data/ucla_binary.csv"); u$rank <- factor(u$rank)
ucla <- glm(admit ~ gre + gpa + rank, family = binomial, data = u, control = ctl)
lines <- c(lines, "# UCLA: glm(admit ~ gre + gpa + factor(rank), binomial), data/ucla_binary.csv",
           paste("ucla-estimate", g(coef(ucla))),
           paste("ucla-mass", g(mass(ucla, zmax / 5))),
           paste("ucla-fine", g(mass(ucla, zmax / 200))),
           paste("ucla-exact", g(exact(ucla, u))))

pi <- read.csv("data/poisson_income.csv")
pois <- glm(y ~ INCOME + AGE, family = poisson, data = pi, control = ctl)
lines <- c(lines, "# Poisson: glm(y ~ INCOME + AGE, poisson), data/poisson_income.csv",
           paste("poisson-estimate", g(coef(pois))),
           paste("poisson-mass", g(mass(pois, zmax / 5))),
           paste("poisson-exact", g(exact(pois, pi))))

od <- read.csv("data/overdispersed_counts.csv")
qp <- glm(count ~ x + dose, family = quasipoisson, data = od, control = ctl)
lines <- c(lines, "# Quasi-Poisson: glm(count ~ x + dose, quasipoisson), data/overdispersed_counts.csv; the profile deviance",
           "# divided by Pearson's dispersion, against the t quantile on df.residual (exact roots only)",
           paste("quasi-estimate", g(coef(qp))),
           paste("quasi-exact", g(exact(qp, od))))

lin <- lm(gpa ~ gre + rank, data = u)
ci <- confint(lin)
lines <- c(lines, "# Linear: lm(gpa ~ gre + factor(rank)), data/ucla_binary.csv; confint(lm), the t interval",
           paste("linear-estimate", g(coef(lin))),
           paste("linear-t", g(c(ci[, 1], ci[, 2]))))

# Firth on data/separated.csv (y ~ x): penalised log-likelihood and its exact profile in the slope
s <- read.csv("data/separated.csv"); X <- cbind(1, s$x); y <- s$y
pl <- function(b) { eta <- drop(X %*% b); mu <- plogis(eta)
  sum(y * plogis(eta, log.p = TRUE) + (1 - y) * plogis(-eta, log.p = TRUE)) +
    0.5 * determinant(crossprod(X * sqrt(mu * (1 - mu))), logarithm = TRUE)$modulus[1] }
inner <- function(j, v) { f <- function(a) { b <- numeric(2); b[j] <- v; b[-j] <- a; -pl(b) }
  o <- optimize(f, c(-1000, 1000), tol = 1e-12); -o$objective }
o <- optim(c(0, 1), function(b) -pl(b), method = "BFGS", control = list(reltol = 1e-16, maxit = 1000))
bh <- o$par
for (k in 1:3) bh[2] <- optimize(function(v) -inner(2, v), bh[2] + c(-1, 1), tol = 1e-12)$minimum
bh[1] <- optimize(function(a) -pl(c(a, bh[2])), c(-50, 50), tol = 1e-12)$minimum
top <- pl(bh); z <- qnorm(0.975)
firthEnd <- function(j, side) { h <- function(v) sign(v - bh[j]) * sqrt(max(0, 2 * (top - inner(j, v)))) - side * z
  far <- bh[j] + side; while (sign(h(far)) != side) far <- bh[j] + 2 * (far - bh[j])
  uniroot(h, sort(c(bh[j], far)), tol = 1e-12)$root }
lines <- c(lines, "# Firth: penalised likelihood of glm(y ~ x, binomial) on data/separated.csv, its exact profile (see above)",
           paste("firth-estimate", g(bh)),
           paste("firth-exact", g(c(firthEnd(1, -1), firthEnd(2, -1), firthEnd(1, 1), firthEnd(2, 1)))))
writeLines(lines, paste0(here, "profile-r.txt"))
