"""A tiny encoder-decoder Transformer whose attention query/value projections carry LoRA deltas passed in as
tensors, so one exported graph serves the base model and every expert (the adapter is an input, not a weight)."""
import math
import torch
import torch.nn as nn
import torch.nn.functional as F


class Config:
    def __init__(self, vocab, d=128, heads=4, ffn=512, enc_layers=2, dec_layers=2, max_pos=256, rank=8):
        self.vocab, self.d, self.heads, self.ffn = vocab, d, heads, ffn
        self.enc_layers, self.dec_layers, self.max_pos, self.rank = enc_layers, dec_layers, max_pos, rank

    def lora_sites(self):
        sites = []
        for i in range(self.enc_layers):
            sites += [f"enc.{i}.self.q", f"enc.{i}.self.v"]
        for i in range(self.dec_layers):
            sites += [f"dec.{i}.self.q", f"dec.{i}.self.v", f"dec.{i}.cross.q"]
        return sites


def lora(x, site, adapters):
    if adapters is None:
        return 0
    a, b = adapters[site + ".A"], adapters[site + ".B"]  # A [r, d], B [d, r]
    return (x @ a.t()) @ b.t()


class Attention(nn.Module):
    def __init__(self, cfg, name):
        super().__init__()
        self.h, self.dk, self.name = cfg.heads, cfg.d // cfg.heads, name
        self.q, self.k, self.v, self.o = (nn.Linear(cfg.d, cfg.d) for _ in range(4))

    def split(self, x):
        b, t, _ = x.shape
        return x.view(b, t, self.h, self.dk).transpose(1, 2)

    def project_kv(self, mem, adapters):
        k = self.split(self.k(mem))
        v = self.split(self.v(mem) + lora(mem, self.name + ".v", adapters) if self.name.endswith("self") else self.v(mem))
        return k, v

    def forward(self, x, k, v, mask, adapters):
        q = self.split(self.q(x) + lora(x, self.name + ".q", adapters))
        att = (q @ k.transpose(-1, -2)) / math.sqrt(self.dk) + mask
        y = (att.softmax(-1) @ v).transpose(1, 2)
        return self.o(y.reshape(x.shape[0], x.shape[1], -1))


class EncoderLayer(nn.Module):
    def __init__(self, cfg, i):
        super().__init__()
        self.att = Attention(cfg, f"enc.{i}.self")
        self.n1, self.n2 = nn.LayerNorm(cfg.d), nn.LayerNorm(cfg.d)
        self.ff = nn.Sequential(nn.Linear(cfg.d, cfg.ffn), nn.GELU(), nn.Linear(cfg.ffn, cfg.d))

    def forward(self, x, mask, adapters):
        h = self.n1(x)
        k, v = self.att.project_kv(h, adapters)
        x = x + self.att(h, k, v, mask, adapters)
        return x + self.ff(self.n2(x))


class DecoderLayer(nn.Module):
    def __init__(self, cfg, i):
        super().__init__()
        self.self_att = Attention(cfg, f"dec.{i}.self")
        self.cross = Attention(cfg, f"dec.{i}.cross")
        self.n1, self.n2, self.n3 = nn.LayerNorm(cfg.d), nn.LayerNorm(cfg.d), nn.LayerNorm(cfg.d)
        self.ff = nn.Sequential(nn.Linear(cfg.d, cfg.ffn), nn.GELU(), nn.Linear(cfg.ffn, cfg.d))

    def forward(self, x, past_k, past_v, causal, enc_k, enc_v, enc_mask, adapters):
        h = self.n1(x)
        k, v = self.self_att.project_kv(h, adapters)
        if past_k is not None:
            k, v = torch.cat([past_k, k], 2), torch.cat([past_v, v], 2)
        x = x + self.self_att(h, k, v, causal, adapters)
        x = x + self.cross(self.n2(x), enc_k, enc_v, enc_mask, adapters)
        return x + self.ff(self.n3(x)), k, v


class Seq2Seq(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.emb = nn.Embedding(cfg.vocab, cfg.d)
        self.enc_pos = nn.Embedding(cfg.max_pos, cfg.d)
        self.dec_pos = nn.Embedding(cfg.max_pos, cfg.d)
        self.enc = nn.ModuleList(EncoderLayer(cfg, i) for i in range(cfg.enc_layers))
        self.dec = nn.ModuleList(DecoderLayer(cfg, i) for i in range(cfg.dec_layers))
        self.enc_norm, self.dec_norm = nn.LayerNorm(cfg.d), nn.LayerNorm(cfg.d)
        # The embedding is tied to the output projection: unit-variance rows would start with logits of
        # standard deviation sqrt(d) and a huge loss, so rows start at d^-1/2 (the inputs are scaled by sqrt(d)).
        nn.init.normal_(self.emb.weight, std=cfg.d ** -0.5)

    def encode(self, ids, mask, adapters=None):
        pos = torch.arange(ids.shape[1]).unsqueeze(0)
        x = self.emb(ids) * math.sqrt(self.cfg.d) + self.enc_pos(pos)
        bias = (1.0 - mask[:, None, None, :].float()) * -1e9
        for layer in self.enc:
            x = layer(x, bias, adapters)
        return self.enc_norm(x)

    def cross_kv(self, memory, adapters=None):
        return [layer.cross.project_kv(memory, adapters) for layer in self.dec]

    def decode(self, ids, enc_mask, cross, past=None, adapters=None):
        """ids [b, t]; past: list of (k, v) per layer or None. Returns logits [b, t, V] and the new self-attention kv."""
        offset = 0 if past is None else past[0][0].shape[2]
        t = ids.shape[1]
        pos = (torch.arange(t) + offset).unsqueeze(0)
        x = self.emb(ids) * math.sqrt(self.cfg.d) + self.dec_pos(pos)
        # Built from positions rather than triu(diagonal=offset): the ONNX trace must keep the offset dynamic.
        q_pos = (torch.arange(t) + offset).unsqueeze(1)
        k_pos = torch.arange(t + offset).unsqueeze(0)
        causal = ((k_pos > q_pos).float() * -1e9)[None, None]
        bias = (1.0 - enc_mask[:, None, None, :].float()) * -1e9
        present = []
        for i, layer in enumerate(self.dec):
            pk, pv = (None, None) if past is None else past[i]
            x, k, v = layer(x, pk, pv, causal, cross[i][0], cross[i][1], bias, adapters)
            present.append((k, v))
        logits = self.dec_norm(x) @ self.emb.weight.t()
        return logits, present

    def forward(self, src, src_mask, tgt_in, adapters=None):
        mem = self.encode(src, src_mask, adapters)
        logits, _ = self.decode(tgt_in, src_mask, self.cross_kv(mem, adapters), None, adapters)
        return logits


def zero_adapters(cfg):
    out = {}
    for s in cfg.lora_sites():
        out[s + ".A"] = torch.zeros(cfg.rank, cfg.d)
        out[s + ".B"] = torch.zeros(cfg.d, cfg.rank)
    return out
