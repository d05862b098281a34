# Makes data/separated.csv: completely separated responses, y = 1[x > 0], n = 200
# (the separated example of issue 10). Run from the repository root: Rscript data/separated.R
# R 4.2.2 (Debian's r-base-core); x rounded to 4 decimals so that the CSV holds the data exactly.
set.seed(20261128)
x <- round(rnorm(200), 4)
stopifnot(all(x != 0))
y <- as.integer(x > 0)
write.csv(data.frame(x = x, y = y), "data/separated.csv", row.names = FALSE, quote = FALSE)
