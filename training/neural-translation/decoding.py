"""Greedy and beam search over the PyTorch model without a KV cache: the reference the C# engine must match."""
import torch


def _step(model, ids, mem_mask, cross, prefixes, adapters):
    x = torch.tensor(prefixes)
    logits, _ = model.decode(x, mem_mask.expand(len(prefixes), -1), [(k.expand(len(prefixes), -1, -1, -1), v.expand(len(prefixes), -1, -1, -1)) for k, v in cross], None, adapters)
    return torch.log_softmax(logits[:, -1, :].double(), -1)


def _prepare(model, ids, adapters):
    src = torch.tensor([ids])
    mask = torch.ones_like(src)
    mem = model.encode(src, mask, adapters)
    return mask, model.cross_kv(mem, adapters)


def greedy(model, ids, start, eos, max_len, adapters):
    mask, cross = _prepare(model, ids, adapters)
    out = [start]
    for _ in range(max_len):
        tok = int(_step(model, ids, mask, cross, [out], adapters)[0].argmax())
        out.append(tok)
        if tok == eos:
            break
    return out[1:]


def beam(model, ids, start, eos, k, alpha, early_stopping, max_len, adapters):
    """Beam search as the C# engine does it: 2k candidates a step, EOS among the top k finishes a hypothesis
    scored sum(logp) / generated_length ** alpha, stop when k are finished and no live beam can beat the worst."""
    mask, cross = _prepare(model, ids, adapters)
    live = [([start], 0.0)]
    finished = []
    done = False
    for step in range(max_len):
        lp = _step(model, ids, mask, cross, [p for p, _ in live], adapters)
        scores = (torch.tensor([s for _, s in live], dtype=torch.float64)[:, None] + lp).view(-1)
        top = torch.topk(scores, min(2 * k, scores.numel()))
        vocab = lp.shape[1]
        nxt = []
        for rank, (sc, flat) in enumerate(zip(top.values.tolist(), top.indices.tolist())):
            b, tok = divmod(flat, vocab)
            if tok == eos:
                if rank < k:
                    finished.append((sc / (len(live[b][0])) ** alpha, live[b][0][1:] + [eos]))
                    finished.sort(key=lambda f: -f[0])
                    del finished[k:]
            else:
                nxt.append((live[b][0] + [tok], sc))
            if len(nxt) == k:
                break
        live = nxt
        if len(finished) >= k:
            if early_stopping or live[0][1] / (len(live[0][0]) - 1) ** alpha <= finished[-1][0]:
                done = True
                break
    if not done:
        for p, s in live:
            finished.append((s / (len(p) - 1) ** alpha, p[1:]))
        finished.sort(key=lambda f: -f[0])
    return finished[0][1]
