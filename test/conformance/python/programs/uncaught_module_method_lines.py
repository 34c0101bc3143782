# A call on an imported module spread over lines: CPython 3.11 does not use its method-call
# form for an imported name, so the error stays at the call's start line.
import math

losses = [0.25, 0.0]
for loss in losses:
    print(
        math
        .log(loss)
    )
