"""Trains the tiny Java<->C# translator, its two LoRA experts and the expert gate, exports them in the
encoder/decoder/decoder-with-past ONNX layout, and dumps PyTorch greedy/beam outputs the C# engine is tested against.

    python3 train.py --data DIR --out DIR [--base-minutes 13] [--adapter-minutes 2]
"""
import argparse
import json
import os
import random
import struct
import time

import torch
import torch.nn.functional as F

import bpe
from model import Config, Seq2Seq, zero_adapters
import decoding
import export

LANG = {"java": "<2java>", "csharp": "<2cs>"}


def read_pairs(data, split):
    java = open(os.path.join(data, f"{split}.java-cs.txt.java"), encoding="utf-8").read().splitlines()
    cs = open(os.path.join(data, f"{split}.java-cs.txt.cs"), encoding="utf-8").read().splitlines()
    if len(java) != len(cs):
        raise SystemExit(f"{split}: {len(java)} Java lines but {len(cs)} C# lines; the files must be parallel")
    return java, cs


def batches(examples, tokens_per_batch, rng):
    examples = sorted(examples, key=lambda e: (len(e[0]), len(e[1])))
    out, cur, longest = [], [], 0
    for e in examples:
        longest = max(longest, len(e[0]), len(e[1]))
        if cur and longest * (len(cur) + 1) > tokens_per_batch:
            out.append(cur)
            cur, longest = [], max(len(e[0]), len(e[1]))
        cur.append(e)
    if cur:
        out.append(cur)
    rng.shuffle(out)
    return out


def collate(batch, pad):
    s = max(len(e[0]) for e in batch)
    t = max(len(e[1]) for e in batch) - 1
    src = torch.full((len(batch), s), pad, dtype=torch.long)
    tin = torch.full((len(batch), t), pad, dtype=torch.long)
    tout = torch.full((len(batch), t), -100, dtype=torch.long)
    for i, (a, b) in enumerate(batch):
        src[i, :len(a)] = torch.tensor(a)
        tin[i, :len(b) - 1] = torch.tensor(b[:-1])
        tout[i, :len(b) - 1] = torch.tensor(b[1:])
    return src, (src != pad).long(), tin, tout


def run_training(model, examples, params, minutes, lr, adapters, pad, log, rng, tokens_per_batch=3000):
    device = next(model.parameters()).device
    opt = torch.optim.Adam(params, lr=lr, betas=(0.9, 0.98))
    start, step, epoch = time.time(), 0, 0
    while time.time() - start < minutes * 60:
        epoch += 1
        total, n = 0.0, 0
        for batch in batches(examples, tokens_per_batch, rng):
            if time.time() - start >= minutes * 60:
                break
            src, mask, tin, tout = (t.to(device) for t in collate(batch, pad))
            logits = model(src, mask, tin, adapters)
            loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), tout.reshape(-1), ignore_index=-100, label_smoothing=0.1)
            step += 1
            for g in opt.param_groups:
                g["lr"] = lr * min(1.0, step / 300) * min(1.0, (300 / step) ** 0.5 * 2) if adapters is None else lr
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            total, n = total + loss.item(), n + 1
            if step % 20 == 0:
                log(f"step {step} epoch {epoch} loss {total / n:.3f} {time.time() - start:.0f}s")
    return step


def check_blas(log):
    """Debian's python3-torch calls whatever libblas.so.3 the system selects; the reference BLAS is about 17 times
    slower than OpenBLAS at these matrix sizes, which turns an hour of training into a few minutes' worth."""
    a, w = torch.randn(2000, 128), torch.randn(128, 512)
    start = time.time()
    for _ in range(20):
        a @ w
    gflops = 20 * 2 * 2000 * 128 * 512 / (time.time() - start) / 1e9
    log(f"matrix multiply: {gflops:.0f} GFLOP/s")
    if gflops < 20:
        log("warning: PyTorch is running on a slow BLAS (the reference libblas?). On Debian: apt-get install -y libopenblas0-pthread")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--base-minutes", type=float, default=13)
    ap.add_argument("--adapter-minutes", type=float, default=2)
    ap.add_argument("--merges", type=int, default=1800)
    ap.add_argument("--d", type=int, default=128)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--max-len", type=int, default=200)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--device", default="auto", help="where the base model trains: auto (cuda when available), cpu or cuda; adapters, gate, export and reference dumps run on the CPU")
    ap.add_argument("--batch-tokens", type=int, default=3000, help="padded tokens per batch (fewer: more updates per CPU minute)")
    ap.add_argument("--ref-max-length", type=int, default=80, help="max_length of the reference greedy/beam dumps")
    ap.add_argument("--more", action="store_true", help="load the saved base checkpoint and train it --base-minutes longer")
    ap.add_argument("--resume", action="store_true", help="reuse the base checkpoint saved beside --out by an earlier run")
    args = ap.parse_args()
    torch.manual_seed(7)
    torch.set_num_threads(args.threads)
    rng = random.Random(7)
    os.makedirs(os.path.join(args.out, "experts"), exist_ok=True)

    def log(msg):
        print(msg, flush=True)

    check_blas(log)

    java, cs = read_pairs(args.data, "train")
    t0 = time.time()
    merges_file = os.path.join(args.out, "..", os.path.basename(os.path.normpath(args.out)) + ".merges.json")
    if (args.resume or args.more) and os.path.exists(merges_file):
        merges = [tuple(m) for m in json.load(open(merges_file))]
    else:
        merges = bpe.train(java + cs, args.merges)
        json.dump(merges, open(merges_file, "w"))
    tok = bpe.Tokenizer(merges)
    with open(os.path.join(args.out, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tok.to_json(), f, ensure_ascii=False)
    log(f"bpe: {len(tok.vocab)} tokens in {time.time() - t0:.0f}s")
    pad, eos = tok.special("<pad>"), tok.special("</s>")
    start_id = {lang: tok.special(t) for lang, t in LANG.items()}

    def example(src, tgt, target):
        a, b = tok.encode(src) + [eos], [start_id[target]] + tok.encode(tgt) + [eos]
        return (a, b) if len(a) <= args.max_len and len(b) <= args.max_len + 1 else None

    j2c = [e for e in (example(j, c, "csharp") for j, c in zip(java, cs)) if e]
    c2j = [e for e in (example(c, j, "java") for j, c in zip(java, cs)) if e]
    log(f"pairs kept: {len(j2c)} java->cs, {len(c2j)} cs->java of {len(java)}")

    cfg = Config(len(tok.vocab), d=args.d, enc_layers=args.layers, dec_layers=args.layers, max_pos=args.max_len + 56)
    model = Seq2Seq(cfg)
    log(f"parameters: {sum(p.numel() for p in model.parameters())}")
    ckpt = os.path.join(args.out, "..", os.path.basename(os.path.normpath(args.out)) + ".base.pt")
    if (args.resume or args.more) and os.path.exists(ckpt):
        model.load_state_dict(torch.load(ckpt))
        log(f"base: resumed from {ckpt}")
    if args.more or not (args.resume and os.path.exists(ckpt)):
        device = "cuda" if args.device == "cuda" or args.device == "auto" and torch.cuda.is_available() else "cpu"
        log(f"base: training on {device}")
        model.to(device).train()
        steps = run_training(model, j2c + c2j, list(model.parameters()), args.base_minutes, 1e-3, None, pad, log, rng, args.batch_tokens)
        log(f"base: {steps} steps")
        model.cpu()
        torch.save(model.state_dict(), ckpt)
    for p in model.parameters():
        p.requires_grad_(False)

    experts = {}
    for name, data in (("java", j2c), ("csharp", c2j)):
        adapters = {}
        for k, v in zero_adapters(cfg).items():
            adapters[k] = (torch.randn_like(v) * 0.02 if k.endswith(".A") else v.clone()).requires_grad_(True)
        steps = run_training(model, data, list(adapters.values()), args.adapter_minutes, 2e-3, adapters, pad, log, rng, args.batch_tokens)
        log(f"expert {name}: {steps} steps")
        experts[name] = {k: v.detach() for k, v in adapters.items()}
        with open(os.path.join(args.out, "experts", f"{name}.lora.bin"), "wb") as f:
            for site in cfg.lora_sites():
                for part in ("A", "B"):
                    t = experts[name][f"{site}.{part}"].contiguous().view(-1).tolist()
                    f.write(struct.pack(f"<{len(t)}f", *t))
    model.eval()

    gate = export.train_gate(model, tok, java[:300], cs[:300], eos, log)
    meta = {
        "format": "codeintel-neural-1",
        "d_model": cfg.d, "heads": cfg.heads, "encoder_layers": cfg.enc_layers, "decoder_layers": cfg.dec_layers,
        "lora": {"rank": cfg.rank, "sites": cfg.lora_sites(), "layout": "per site: A [rank, d_model] then B [d_model, rank], float32 little-endian"},
        "experts": [
            {"name": "java", "source": "java", "target": "csharp", "file": "experts/java.lora.bin"},
            {"name": "csharp", "source": "csharp", "target": "java", "file": "experts/csharp.lora.bin"},
        ],
        "gate": gate,
    }
    with open(os.path.join(args.out, "experts.json"), "w") as f:
        json.dump(meta, f, indent=1)
    gen = {"decoder_start_token_id": start_id, "eos_token_id": eos, "pad_token_id": pad, "max_length": args.max_len + 50,
           "max_source_length": cfg.max_pos, "num_beams": 4, "length_penalty": 1.0, "early_stopping": False, "source_languages": {"java": "csharp", "csharp": "java"}}
    with open(os.path.join(args.out, "generation_config.json"), "w") as f:
        json.dump(gen, f, indent=1)
    export.export_onnx(model, cfg, args.out)
    log("exported")

    vj, vc = read_pairs(args.data, "valid")
    picks = sorted(range(len(vj)), key=lambda i: len(vj[i]))[20:200:30]
    ref_len = args.ref_max_length
    refs = []
    with torch.no_grad():
        for i in picks:
            ids = tok.encode(vj[i]) + [eos]
            entry = {"source": vj[i], "source_language": "java", "target": "csharp", "input_ids": ids}
            entry["greedy"] = decoding.greedy(model, ids, start_id["csharp"], eos, ref_len, None)
            entry["beam4"] = decoding.beam(model, ids, start_id["csharp"], eos, 4, 1.0, False, ref_len, None)
            entry["greedy_java_expert"] = decoding.greedy(model, ids, start_id["csharp"], eos, ref_len, experts["java"])
            entry["beam4_java_expert"] = decoding.beam(model, ids, start_id["csharp"], eos, 4, 1.0, False, ref_len, experts["java"])
            refs.append(entry)
    with open(os.path.join(args.out, "reference_outputs.json"), "w") as f:
        json.dump({"beam": {"max_source_length": cfg.max_pos, "num_beams": 4, "length_penalty": 1.0, "early_stopping": False, "max_length": ref_len}, "cases": refs}, f)
    log(f"done in {(time.time() - t0) / 60:.1f} min")


if __name__ == "__main__":
    main()
