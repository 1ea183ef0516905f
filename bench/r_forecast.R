# Peer forecasts from R's forecast package, written in Almanac's output format so that the same
# scorer reads both. Usage: Rscript bench/r_forecast.R TRAIN.csv METHOD SEASON HORIZON OUT.csv CORES
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
train <- read.csv(args[1], stringsAsFactors = FALSE)
method <- args[2]; season <- as.integer(args[3]); h <- as.integer(args[4])
out <- args[5]; cores <- as.integer(args[6])
items <- unique(train$item_id)
one <- function(item) {
  y <- ts(train$target_value[train$item_id == item], frequency = season)
  fc <- switch(method,
    ets = forecast(ets(y), h = h, level = 80),
    theta = thetaf(y, h = h, level = 80),
    snaive = snaive(y, h = h, level = 80),
    arima = forecast(auto.arima(y), h = h, level = 80))
  data.frame(item_id = item, date = sprintf("%03d", seq_len(h)), p10 = as.numeric(fc$lower), p50 = as.numeric(fc$mean),
             p90 = as.numeric(fc$upper))
}
start <- Sys.time()
rows <- parallel::mclapply(items, one, mc.cores = cores)
elapsed <- as.numeric(difftime(Sys.time(), start, units = "secs"))
write.csv(do.call(rbind, rows), out, row.names = FALSE, quote = FALSE)
cat(sprintf("R %s: %.1f s\n", method, elapsed))
