"""ONNX export in the encoder_model / decoder_model / decoder_with_past_model layout, and the expert gate."""
import os

import torch
import torch.nn as nn


def _sites(cfg, prefix):
    return [s for s in cfg.lora_sites() if s.startswith(prefix)]


def _lora_names(sites):
    return [f"lora.{s}.{p}" for s in sites for p in ("A", "B")]


class _Encoder(nn.Module):
    def __init__(self, model, sites):
        super().__init__()
        self.m, self.sites = model, sites

    def forward(self, ids, mask, *lora):
        return self.m.encode(ids, mask, _unpack(self.sites, lora))


class _Decoder(nn.Module):
    def __init__(self, model, sites):
        super().__init__()
        self.m, self.sites = model, sites

    def forward(self, ids, memory, mask, *lora):
        adapters = _unpack(self.sites, lora)
        cross = self.m.cross_kv(memory, adapters)
        logits, present = self.m.decode(ids, mask, cross, None, adapters)
        out = [logits]
        for (k, v), (ck, cv) in zip(present, cross):
            out += [k, v, ck, cv]
        return tuple(out)


class _DecoderWithPast(nn.Module):
    def __init__(self, model, sites, layers):
        super().__init__()
        self.m, self.sites, self.layers = model, sites, layers

    def forward(self, ids, mask, *rest):
        kv = rest[:4 * self.layers]
        adapters = _unpack(self.sites, rest[4 * self.layers:])
        past = [(kv[4 * i], kv[4 * i + 1]) for i in range(self.layers)]
        cross = [(kv[4 * i + 2], kv[4 * i + 3]) for i in range(self.layers)]
        logits, present = self.m.decode(ids, mask, cross, past, adapters)
        out = [logits]
        for k, v in present:
            out += [k, v]
        return tuple(out)


def _unpack(sites, tensors):
    out = {}
    for i, s in enumerate(sites):
        out[s + ".A"], out[s + ".B"] = tensors[2 * i], tensors[2 * i + 1]
    return out


def export_onnx(model, cfg, out):
    os.makedirs(out, exist_ok=True)
    enc_sites, dec_sites = _sites(cfg, "enc."), _sites(cfg, "dec.")
    b, s, t, h, dk = 2, 7, 5, cfg.heads, cfg.d // cfg.heads
    ids = torch.randint(6, cfg.vocab, (b, s))
    mask = torch.ones(b, s, dtype=torch.long)
    lora = lambda sites: [torch.zeros(cfg.rank, cfg.d) if i % 2 == 0 else torch.zeros(cfg.d, cfg.rank) for i in range(2 * len(sites))]
    dyn = {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"}}
    torch.onnx.export(_Encoder(model, enc_sites), (ids, mask, *lora(enc_sites)), os.path.join(out, "encoder_model.onnx"),
                      input_names=["input_ids", "attention_mask"] + _lora_names(enc_sites), output_names=["last_hidden_state"],
                      dynamic_axes={**dyn, "last_hidden_state": {0: "batch", 1: "sequence"}}, opset_version=14)
    memory = torch.randn(b, s, cfg.d)
    present = []
    for i in range(cfg.dec_layers):
        present += [f"present.{i}.decoder.key", f"present.{i}.decoder.value", f"present.{i}.encoder.key", f"present.{i}.encoder.value"]
    dyn = {"input_ids": {0: "batch", 1: "target"}, "encoder_hidden_states": {0: "batch", 1: "source"},
           "encoder_attention_mask": {0: "batch", 1: "source"}, "logits": {0: "batch", 1: "target"}}
    for n in present:
        dyn[n] = {0: "batch", 2: "source" if ".encoder." in n else "target"}
    torch.onnx.export(_Decoder(model, dec_sites), (ids[:, :t], memory, mask, *lora(dec_sites)), os.path.join(out, "decoder_model.onnx"),
                      input_names=["input_ids", "encoder_hidden_states", "encoder_attention_mask"] + _lora_names(dec_sites),
                      output_names=["logits"] + present, dynamic_axes=dyn, opset_version=14)
    past = []
    past_t = []
    for i in range(cfg.dec_layers):
        past += [f"past_key_values.{i}.decoder.key", f"past_key_values.{i}.decoder.value", f"past_key_values.{i}.encoder.key", f"past_key_values.{i}.encoder.value"]
        past_t += [torch.randn(b, h, t, dk), torch.randn(b, h, t, dk), torch.randn(b, h, s, dk), torch.randn(b, h, s, dk)]
    outs = ["logits"] + [n for n in present if ".decoder." in n]
    dyn = {"input_ids": {0: "batch"}, "encoder_attention_mask": {0: "batch", 1: "source"}, "logits": {0: "batch"}}
    for n in past:
        dyn[n] = {0: "batch", 2: "source" if ".encoder." in n else "past"}
    for n in outs[1:]:
        dyn[n] = {0: "batch", 2: "past_plus_one"}
    torch.onnx.export(_DecoderWithPast(model, dec_sites, cfg.dec_layers), (ids[:, :1], mask, *past_t, *lora(dec_sites)),
                      os.path.join(out, "decoder_with_past_model.onnx"),
                      input_names=["input_ids", "encoder_attention_mask"] + past + _lora_names(dec_sites),
                      output_names=outs, dynamic_axes=dyn, opset_version=14)


def train_gate(model, tok, java, cs, eos, log):
    """A linear gate over the base encoder's max-pooled states (SteloCoder's router), argmax picks the expert."""
    feats, labels = [], []
    with torch.no_grad():
        for label, texts in ((0, java), (1, cs)):
            for i in range(0, len(texts), 64):
                seqs = [tok.encode(t)[:200] + [eos] for t in texts[i:i + 64]]
                ids = torch.zeros(len(seqs), max(map(len, seqs)), dtype=torch.long)
                for j, s in enumerate(seqs):
                    ids[j, :len(s)] = torch.tensor(s)
                mask = (ids != 0).long()
                states = model.encode(ids, mask).masked_fill(mask[:, :, None] == 0, -1e9)
                feats += list(states.max(1).values)
                labels += [label] * len(seqs)
    x, y = torch.stack(feats), torch.tensor(labels)
    lin = nn.Linear(x.shape[1], 2)
    opt = torch.optim.Adam(lin.parameters(), lr=1e-2)
    for _ in range(300):
        loss = nn.functional.cross_entropy(lin(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    acc = (lin(x).argmax(1) == y).float().mean().item()
    log(f"gate: train accuracy {acc:.3f}")
    return {"labels": ["java", "csharp"], "pooling": "max", "weight": lin.weight.tolist(), "bias": lin.bias.tolist(), "train_accuracy": acc}
