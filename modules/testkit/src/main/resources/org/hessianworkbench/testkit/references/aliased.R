# Makes data/aliased.csv and the reference sets aliased-lm-r.txt, aliased-poisson-r.txt,
# aliased-logistic-r.txt (R 4.2.2, Debian's r-base-core). Run from the repository root:
#   Rscript modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/aliased.R
set.seed(20261128)
n <- 30
x1 <- round(rnorm(n), 3)
x2 <- round(rnorm(n), 3)
d <- data.frame(x1 = x1, x2 = x2, x3 = x1 + 2 * x2,
                y = round(1 + 2 * x1 - x2 + rnorm(n, sd = 0.5), 3),
                count = rpois(n, exp(0.5 + 0.3 * x1 - 0.2 * x2)),
                bin = rbinom(n, 1, plogis(0.5 + x1 - x2)))
write.csv(d, "data/aliased.csv", row.names = FALSE, quote = FALSE)
d <- read.csv("data/aliased.csv")
g <- function(x) sprintf("%.17g", x)
out <- function(file, what, fit, extra) {
  s <- summary(fit)
  cf <- coef(fit)
  se <- rep(NaN, length(cf)); names(se) <- names(cf)
  se[rownames(s$coefficients)] <- s$coefficients[, 2]
  lines <- c(sprintf("# %s on data/aliased.csv, R %s (Debian r-base-core), made by aliased.R beside this file:", what,
                     paste(R.version$major, R.version$minor, sep = ".")),
             readLines("modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/aliased.R")[-(1:3)] |> (\(l) paste("#", l))(),
             "# Lines: coefficient <term> <estimate> <standard error> (NaN NaN for an aliased coefficient, R's NA).",
             "data aliased.csv",
             paste("formula", deparse(formula(fit))),
             paste("observations", nrow(d)),
             paste("coefficient", names(cf), ifelse(is.na(cf), "NaN", g(cf)), ifelse(is.na(se), "NaN", g(se))),
             paste("aliased", paste(names(cf)[is.na(cf)], collapse = " ")),
             paste("rank", fit$rank),
             paste("residual-df", fit$df.residual),
             paste("log-likelihood", g(as.numeric(logLik(fit)))),
             paste("aic", g(AIC(fit))),
             extra)
  writeLines(lines, file)
}
dir <- "modules/testkit/src/main/resources/org/hessianworkbench/testkit/references/"
lmfit <- lm(y ~ x1 + x2 + x3, data = d)
out(paste0(dir, "aliased-lm-r.txt"), "lm(y ~ x1 + x2 + x3)", lmfit,
    c(paste("residual-sd", g(summary(lmfit)$sigma)), paste("r-squared", g(summary(lmfit)$r.squared)),
      paste("deviance", g(deviance(lmfit)))))
# glm's standard errors use the weights of the iterate before the last: refit from the converged
# estimate so that they are the weights at the estimate
ctl <- glm.control(epsilon = 1e-12, maxit = 100)
refit <- function(f, fam) glm(f, family = fam, data = d, control = ctl,
                              start = (function(b) replace(b, is.na(b), 0))(coef(glm(f, family = fam, data = d, control = ctl))))
pfit <- refit(count ~ x1 + x2 + x3, poisson)
out(paste0(dir, "aliased-poisson-r.txt"), "glm(count ~ x1 + x2 + x3, family = poisson, epsilon = 1e-12, refitted from its estimate)", pfit,
    c(paste("deviance", g(deviance(pfit))), paste("null-deviance", g(pfit$null.deviance))))
bfit <- refit(bin ~ x1 + x2 + x3, binomial)
out(paste0(dir, "aliased-logistic-r.txt"), "glm(bin ~ x1 + x2 + x3, family = binomial, epsilon = 1e-12, refitted from its estimate)", bfit,
    c(paste("deviance", g(deviance(bfit))), paste("null-deviance", g(bfit$null.deviance))))
