#!/usr/bin/env python3
"""Train a tiny bigram model. Usage: python train.py --steps 10"""
import argparse
import contextlib
import io
import sys
import random
from typing import Optional


def get_args(argv: Optional[list] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="tiny trainer")
    parser.add_argument('--input-file', '-i', type=str, default='names.txt', help="input file")
    parser.add_argument('--work-dir', '-o', type=str, default='out', help="output working directory")
    parser.add_argument('--resume', action='store_true', help="resume")
    parser.add_argument('--sample-only', action='store_true')
    parser.add_argument('--num-workers', '-n', type=int, default=4)
    parser.add_argument('--max-steps', type=int, default=-1)
    parser.add_argument('--device', type=str, default='cpu', choices=['cpu', 'cuda', 'mps'])
    parser.add_argument('--seed', type=int, default=3407)
    parser.add_argument('--type', type=str, default='bigram', help="model")
    parser.add_argument('--learning-rate', '-l', type=float, default=5e-4)
    parser.add_argument('--weight-decay', '-w', type=float, default=0.01)
    parser.add_argument('--layers', nargs='+', type=int, default=[4, 4])
    parser.add_argument('-v', '--verbose', action='count', default=0)
    return parser.parse_args(argv)


def main() -> int:
    args = get_args()
    print(vars(args))
    print(args)
    print(args.input_file, args.learning_rate, args.layers)
    print(sys.argv[1:])
    random.seed(args.seed)
    print(random.random())
    args2 = get_args(['--max-steps', '100', '-l', '1e-3', '--layers', '8', '16', '-vv', '--resume'])
    print(args2.max_steps, args2.learning_rate, args2.layers, args2.verbose, args2.resume)
    ns = argparse.Namespace(a=1, b='x')
    print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns)
    # the usage and error go to stderr: a test captures them (the corpus checks stdout only)
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            get_args(['--device', 'tpu'])
    except SystemExit as e:
        print("exit code", e.code)
    print(err.getvalue().splitlines()[-1])
    print(len(err.getvalue().splitlines()))
    return 0


if __name__ == '__main__':
    sys.exit(main())
