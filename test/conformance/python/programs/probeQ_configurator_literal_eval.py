"""nanoGPT-style "poor man's configurator": globals overridden by --key=value arguments."""
import sys
from ast import literal_eval

# -----------------------------------------------------------------------------
# default config values
out_dir = 'out'
eval_interval = 2000
eval_iters = 200
always_save_checkpoint = True
init_from = 'scratch'
dataset = 'openwebtext'
gradient_accumulation_steps = 5 * 8
batch_size = 12
block_size = 1024
dropout = 0.0
learning_rate = 6e-4
betas = (0.9, 0.95)
device = 'cuda'
# -----------------------------------------------------------------------------
config_keys = [k for k, v in globals().items() if not k.startswith('_') and isinstance(v, (int, float, bool, str, tuple))]

# a run as `python train.py --batch_size=32 ...` would see these
sys.argv = ['train.py', '--batch_size=32', '--dropout=0.1', '--init_from=gpt2-medium',
            '--always_save_checkpoint=False', '--betas=(0.9,0.99)', '--device=cpu', '--learning_rate=1e-3']
for arg in sys.argv[1:]:
    if '=' not in arg:
        assert not arg.startswith('--')
        print(f"would read config file {arg}")
    else:
        assert arg.startswith('--')
        key, val = arg.split('=')
        key = key[2:]
        if key in globals():
            try:
                attempt = literal_eval(val)
            except (SyntaxError, ValueError):
                attempt = val
            assert type(attempt) == type(globals()[key]), f"{key}: {type(attempt)} vs {type(globals()[key])}"
            print(f"Overriding: {key} = {attempt}")
            globals()[key] = attempt
        else:
            raise ValueError(f"Unknown config key: {key}")

config = {k: globals()[k] for k in config_keys}
print(config)
print(batch_size * block_size * gradient_accumulation_steps, f"tokens per iteration will be: {gradient_accumulation_steps * batch_size * block_size:,}")
print(dropout, init_from, always_save_checkpoint, betas, learning_rate, device)

for bad in ['--batch_size=3.5', '--nonexistent=1']:
    key, val = bad.split('=')
    key = key[2:]
    try:
        if key not in globals():
            raise ValueError(f"Unknown config key: {key}")
        attempt = literal_eval(val)
        assert type(attempt) == type(globals()[key]), f"{key}: {type(attempt).__name__} vs {type(globals()[key]).__name__}"
    except (AssertionError, ValueError) as e:
        print(type(e).__name__, e)
for text in ["[1, 2, {'a': (3, None)}]", "-1e-3", "'s' 'concat'", "1 if x else 2", "{1, 2, 2}", "b'\\x00'"]:
    try:
        print(repr(literal_eval(text)))
    except ValueError as e:
        print("ValueError", str(e).split(":")[0])
