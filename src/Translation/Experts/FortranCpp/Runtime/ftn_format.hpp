// Fortran runtime support: a FORMAT interpreter (I, F, E, ES, D, G, A, L, X, /, literals, repeat counts, groups).
namespace ftn {

namespace detail {
struct edit { char type = 0; int repeat = 1, w = -1, d = -1; std::string lit; std::vector<edit> group; };

inline std::vector<edit> parse_format(const std::string& f, size_t& i);

inline int read_int(const std::string& f, size_t& i) {
  int v = -1;
  while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i]))) { v = (v < 0 ? 0 : v * 10) + (f[i] - '0'); ++i; }
  return v;
}

inline std::vector<edit> parse_format(const std::string& f, size_t& i) {
  std::vector<edit> out;
  while (i < f.size()) {
    char c = f[i];
    if (c == ' ' || c == ',') { ++i; continue; }
    if (c == ')') { ++i; return out; }
    if (c == '\'' || c == '"') {
      edit e; e.type = '\''; ++i;
      while (i < f.size()) { if (f[i] == c) { if (i + 1 < f.size() && f[i + 1] == c) { e.lit += c; i += 2; continue; } ++i; break; } e.lit += f[i++]; }
      out.push_back(e); continue;
    }
    if (c == '/') { edit e; e.type = '/'; out.push_back(e); ++i; continue; }
    int rep = read_int(f, i);
    if (i >= f.size()) break;
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(f[i])));
    edit e; e.repeat = rep < 0 ? 1 : rep;
    if (c == '(') { ++i; e.type = '('; e.group = parse_format(f, i); out.push_back(e); continue; }
    if (c == 'P') { ++i; continue; }  // scale factors are not modelled
    ++i;
    if (c == 'E' && i < f.size() && std::toupper(static_cast<unsigned char>(f[i])) == 'S') { c = 'S'; ++i; }
    e.type = c;
    if (c == 'X') { e.w = rep < 0 ? 1 : rep; e.repeat = 1; out.push_back(e); continue; }
    e.w = read_int(f, i);
    if (i < f.size() && f[i] == '.') { ++i; e.d = read_int(f, i); }
    if (i < f.size() && std::toupper(static_cast<unsigned char>(f[i])) == 'E' && (c == 'E' || c == 'S' || c == 'G')) { ++i; read_int(f, i); }
    out.push_back(e);
  }
  return out;
}

inline std::string fit(const std::string& s, int w) {
  if (w < 0) return s;
  if (static_cast<int>(s.size()) > w) return std::string(w, '*');
  return std::string(w - s.size(), ' ') + s;
}

inline std::string exp_form(double x, int w, int d, bool scientific) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*E", scientific ? d : std::max(d - 1, 0), x);
  std::string s = buf;
  size_t e = s.find('E');
  int ex = std::atoi(s.c_str() + e + 1);
  std::string mant = s.substr(0, e);
  if (!scientific) {  // 0.ddddE+xx form
    bool neg = mant[0] == '-';
    std::string digits;
    for (char ch : mant) if (std::isdigit(static_cast<unsigned char>(ch))) digits += ch;
    mant = std::string(neg ? "-" : "") + "0." + digits.substr(0, d);
    ex += x == 0 ? 0 : 1;
  }
  char eb[16];
  std::snprintf(eb, sizeof eb, "E%c%02d", ex < 0 ? '-' : '+', std::abs(ex));
  return fit(mant + eb, w);
}

inline std::string edit_item(const edit& e, const item& it) {
  char buf[128];
  switch (e.type) {
    case 'I': {
      std::snprintf(buf, sizeof buf, "%lld", it.kind == item::real4 || it.kind == item::real8 ? static_cast<long long>(it.r) : it.i);
      std::string s = buf;
      if (e.d > 0) { bool neg = s[0] == '-'; std::string dg = neg ? s.substr(1) : s; while (static_cast<int>(dg.size()) < e.d) dg = "0" + dg; s = (neg ? "-" : "") + dg; }
      return fit(s, e.w);
    }
    case 'F': case 'D': case 'E': case 'S': case 'G': {
      double x = it.kind == item::real4 || it.kind == item::real8 ? it.r : static_cast<double>(it.i);
      int d = e.d < 0 ? 6 : e.d;
      if (e.type == 'F' || (e.type == 'G' && std::fabs(x) >= 0.1 && std::fabs(x) < 1e15)) {
        std::snprintf(buf, sizeof buf, "%.*f", d, x);
        std::string s = buf;
        if (s.rfind("0.", 0) == 0 && e.w >= 0 && static_cast<int>(s.size()) > e.w) s = s.substr(1);
        if (s.rfind("-0.", 0) == 0 && e.w >= 0 && static_cast<int>(s.size()) > e.w) s = "-" + s.substr(2);
        return fit(s, e.w);
      }
      return exp_form(x, e.w, d, e.type == 'S');
    }
    case 'L': return fit(it.i ? "T" : "F", e.w < 0 ? 2 : e.w);
    case 'A': {
      std::string s = it.kind == item::text ? it.s : list_line(record{it}).substr(1);
      if (e.w < 0) return s;
      if (static_cast<int>(s.size()) >= e.w) return s.substr(0, e.w);
      return std::string(e.w - s.size(), ' ') + s;
    }
  }
  return "";
}

// Walks the format; stops at the first data edit descriptor with no item left.
inline bool run(const std::vector<edit>& fmt, const record& items, size_t& next, std::string& out, bool& used) {
  for (const edit& e : fmt) {
    for (int r = 0; r < e.repeat; ++r) {
      switch (e.type) {
        case '\'': out += e.lit; break;
        case 'X': out += std::string(e.w, ' '); break;
        case '/': out += '\n'; break;
        case '(': if (!run(e.group, items, next, out, used)) return false; break;
        default:
          if (next >= items.size()) return false;
          out += edit_item(e, items[next++]);
          used = true;
      }
    }
  }
  return true;
}
}  // namespace detail

inline std::string format_record(const std::string& fmt, const record& items) {
  size_t i = fmt.find('(');
  i = i == std::string::npos ? 0 : i + 1;
  std::vector<detail::edit> spec = detail::parse_format(fmt, i);
  std::string out;
  size_t next = 0;
  bool used = false;
  while (detail::run(spec, items, next, out, used) && next < items.size() && used) {
    out += '\n';  // format reversion: a new record, the format again from its start
    used = false;
  }
  return out;
}

// read(text, '(iN)') v: returns the iostat value (0 on success).
template <class T> int read_value(const std::string& text, T& v) {
  std::istringstream in(text);
  T x{};
  if (!(in >> x)) return 5010;
  v = x;
  return 0;
}

}  // namespace ftn
