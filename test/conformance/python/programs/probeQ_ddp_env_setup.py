"""nanoGPT's set-up of a run: launcher variables from the environment, seeds, dtype strings."""
import math
import os
import random
from contextlib import nullcontext

ddp = int(os.environ.get('RANK', -1)) != -1  # is this a ddp run?
if ddp:
    ddp_rank = int(os.environ['RANK'])
    ddp_local_rank = int(os.environ['LOCAL_RANK'])
    ddp_world_size = int(os.environ['WORLD_SIZE'])
    device = f'cuda:{ddp_local_rank}'
    master_process = ddp_rank == 0
    seed_offset = ddp_rank
else:
    master_process = True
    seed_offset = 0
    ddp_world_size = 1
    device = 'cpu'
print(f"ddp={ddp} master={master_process} world={ddp_world_size} device={device}")

os.environ['TOYGRAD_DEMO_FLAG'] = '1'
os.environ.setdefault('TOYGRAD_DEMO_LEVEL', 'info')
print(os.environ['TOYGRAD_DEMO_FLAG'], os.getenv('TOYGRAD_DEMO_LEVEL'), os.getenv('TOYGRAD_NOT_SET'), os.getenv('TOYGRAD_NOT_SET', 'fallback'))
print('TOYGRAD_DEMO_FLAG' in os.environ, 'TOYGRAD_NOT_SET' in os.environ)
del os.environ['TOYGRAD_DEMO_FLAG']
print(os.environ.get('TOYGRAD_DEMO_FLAG'), os.environ.pop('TOYGRAD_DEMO_LEVEL'))
try:
    os.environ['TOYGRAD_NOT_SET']
except KeyError as e:
    print('KeyError', e)

gradient_accumulation_steps = 40
assert gradient_accumulation_steps % ddp_world_size == 0
gradient_accumulation_steps //= ddp_world_size
tokens_per_iter = gradient_accumulation_steps * ddp_world_size * 12 * 1024
print(f"tokens per iteration will be: {tokens_per_iter:,}")
if master_process:
    print("would make out dir:", os.path.join('out', 'ckpt.pt'))
random.seed(1337 + seed_offset)
device_type = 'cuda' if 'cuda' in device else 'cpu'
dtype = 'float32'
ptdtype = {'float32': 'torch.float32', 'bfloat16': 'torch.bfloat16', 'float16': 'torch.float16'}[dtype]
ctx = nullcontext() if device_type == 'cpu' else None
with ctx:
    print("autocast:", device_type, ptdtype)


def get_lr(it, warmup_iters=200, lr_decay_iters=6000, learning_rate=6e-4, min_lr=6e-5):
    if it < warmup_iters:
        return learning_rate * (it + 1) / (warmup_iters + 1)
    if it > lr_decay_iters:
        return min_lr
    decay_ratio = (it - warmup_iters) / (lr_decay_iters - warmup_iters)
    assert 0 <= decay_ratio <= 1
    coeff = 0.5 * (1.0 + math.cos(math.pi * decay_ratio))
    return min_lr + coeff * (learning_rate - min_lr)


for it in (0, 100, 199, 200, 1000, 3000, 6000, 7000):
    print(f"iter {it:5d}: lr {get_lr(it):.6e}")
print(random.random())
