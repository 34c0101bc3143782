"""A training script's logging set-up, the way people share them."""
import argparse
import contextlib
import io
import logging
import random
import sys

logger = logging.getLogger(__name__)


class ListHandler(logging.Handler):
    """Keeps records, as a test or a progress panel would."""

    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records = []

    def emit(self, record):
        self.records.append(record)


class ColorFormatter(logging.Formatter):
    COLORS = {"WARNING": "<y>", "ERROR": "<r>"}

    def format(self, record):
        s = super().format(record)
        tag = self.COLORS.get(record.levelname)
        return f"{tag}{s}</>" if tag else s


class OnlyEven(logging.Filter):
    def filter(self, record):
        return getattr(record, "step", 0) % 2 == 0


def train(steps: int, lr: float) -> float:
    rng = random.Random(0)
    w = 0.0
    loss = float("nan")
    for step in range(steps):
        x = rng.uniform(-1, 1)
        y = 3 * x
        pred = w * x
        loss = (pred - y) ** 2
        w -= lr * 2 * (pred - y) * x
        logger.debug("step %d loss %.5f", step, loss)
        if step % 5 == 0:
            logger.info("step %3d | loss %.4f | w %+.3f", step, loss, w)
    if loss > 1e-3:
        logger.warning("did not converge: loss=%s", f"{loss:.2e}")
    return w


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--lr", type=float, default=0.3)
    parser.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING"])
    args = parser.parse_args(argv)
    logging.basicConfig(stream=sys.stdout, level=args.log_level, format="%(levelname)-7s %(name)s: %(message)s")
    logging.basicConfig(level=logging.DEBUG)  # ignored: the root has a handler
    print(logging.getLogger(), logger, logger.getEffectiveLevel(), logger.isEnabledFor(logging.DEBUG))
    w = train(args.steps, args.lr)
    logger.info("final w=%.4f", w)
    logging.info("module-level %s", "info")
    logging.getLogger("data.loader").warning("shard %(shard)s missing", {"shard": 3})

    # a child logger with its own handler and formatter, not propagating
    eval_log = logging.getLogger("train.eval")
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(ColorFormatter("[{levelname}] {name} | {message}", style="{"))
    eval_log.addHandler(h)
    eval_log.propagate = False
    eval_log.warning("val loss rose")
    eval_log.error("nan in batch %d", 7)
    eval_log.info("accuracy %.1f%%", 93.25)
    print(h, eval_log.parent, logging.getLogger("train").handlers, eval_log.hasHandlers())

    # records kept by a handler, filtered
    keep = ListHandler()
    keep.addFilter(OnlyEven())
    steps_log = logging.getLogger("train.steps")
    steps_log.addHandler(keep)
    steps_log.propagate = False
    steps_log.setLevel(logging.DEBUG)
    for i in range(5):
        steps_log.debug("step %d", i, extra={"step": i})
    print([(r.levelname, r.getMessage(), r.step, r.name, r.funcName) for r in keep.records])
    print(keep.records[0].args, keep.records[0].msg, keep.records[0].levelno, keep.records[0].module == __name__ or keep.records[0].module)

    # exception logging
    try:
        1 / 0
    except ZeroDivisionError:
        steps_log.exception("failed")
    last = keep.records[-1]
    print(last.levelname, last.getMessage(), last.exc_info[0].__name__, str(last.exc_info[1]))

    # no handler at all: WARNING and above go bare to stderr (logging.lastResort)
    lonely = logging.getLogger("lonely")
    lonely.propagate = False
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        lonely.info("not shown")
        lonely.warning("shown %s", "bare")
        lonely.error("twice")
    print(repr(err.getvalue()))

    # levels and names
    print(logging.getLevelName(logging.WARNING), logging.getLevelName("ERROR"), logging.getLevelName(25))
    logging.addLevelName(25, "NOTICE")
    logger.log(25, "a notice")
    print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
    logger.setLevel("WARNING")
    logger.info("hidden")
    logger.warning("visible at %s", logging.getLevelName(logger.level))
    logging.disable(logging.WARNING)
    logger.warning("disabled")
    logger.error("still on")
    logging.disable(logging.NOTSET)
    fmt = logging.Formatter("%(name)s/%(levelno)d/%(message)s")
    rec = logging.LogRecord("x.y", 20, "/tmp/m.py", 12, "v=%r", ([1, 2],), None)
    print(fmt.format(rec), rec, rec.filename, rec.module, rec.lineno)
    for bad in (lambda: logger.setLevel("LOUD"), lambda: logging.Formatter("no fields"),
                lambda: logging.Formatter(style="#"), lambda: logging.basicConfig(stream=sys.stdout, filename="x.log")):
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    return 0


if __name__ == "__main__":
    sys.exit(main([]))
