// Fortran runtime support: list-directed (print *) and formatted output, laid out the way gfortran does.
#include <cstring>
#include <iostream>
#include <sstream>

namespace ftn {

struct item {
  enum kind_t { int4, int8, real4, real8, logical, text } kind;
  long long i = 0;
  double r = 0;
  std::string s;
  item(int v) : kind(int4), i(v) {}
  item(long v) : kind(int8), i(v) {}
  item(long long v) : kind(int8), i(v) {}
  item(short v) : kind(int4), i(v) {}
  item(float v) : kind(real4), r(v) {}
  item(double v) : kind(real8), r(v) {}
  item(bool v) : kind(logical), i(v) {}
  item(const char* v) : kind(text), s(v) {}
  item(const std::string& v) : kind(text), s(v) {}
  template <int N> item(const fchar<N>& v) : kind(text), s(v.str()) {}
};
using record = std::vector<item>;

// A real in gfortran's list-directed form: 9 (REAL*4) or 17 (REAL*8) significant digits, fixed notation when
// 0.1 <= |x| < 10**digits, else exponent notation; fixed fields end in 4 (or 5) blanks where the exponent would be.
inline std::string list_real(double x, bool dbl) {
  const int digits = dbl ? 17 : 9, width = dbl ? 25 : 16, tail = dbl ? 5 : 4;
  char buf[96];
  double ax = std::fabs(x);
  if (x == 0) {
    std::snprintf(buf, sizeof buf, "%.*f", digits - 1, x);
  } else {
    std::snprintf(buf, sizeof buf, "%.*e", digits - 1, x);
    int exp10 = std::atoi(std::strchr(buf, 'e') + 1);
    double rounded = std::atof(buf);
    if (std::fabs(rounded) >= 0.1 && exp10 < digits) {
      int decimals = std::max(0, digits - 1 - exp10);
      if (ax < 1) decimals = digits;
      std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
      if (decimals == 0) std::strcat(buf, ".");
    } else {
      std::string m(buf, std::strchr(buf, 'e'));
      char e[16];
      std::snprintf(e, sizeof e, "E%c%0*d", exp10 < 0 ? '-' : '+', dbl ? 3 : 2, std::abs(exp10));
      std::string f = m + e;
      return std::string(std::max(0, width - static_cast<int>(f.size())), ' ') + f;
    }
  }
  std::string f = buf;
  return std::string(std::max(0, width - tail - static_cast<int>(f.size())), ' ') + f + std::string(tail, ' ');
}

inline std::string list_line(const record& items) {
  std::string out;
  bool prev_text = false;
  for (size_t k = 0; k < items.size(); ++k) {
    const item& it = items[k];
    if (!(it.kind == item::text && prev_text)) out += ' ';
    char buf[48];
    switch (it.kind) {
      case item::int4: std::snprintf(buf, sizeof buf, "%11lld", it.i); out += buf; break;
      case item::int8: std::snprintf(buf, sizeof buf, "%20lld", it.i); out += buf; break;
      case item::real4: out += list_real(it.r, false); break;
      case item::real8: out += list_real(it.r, true); break;
      case item::logical: out += it.i ? "T" : "F"; break;
      case item::text: out += it.s; break;
    }
    prev_text = it.kind == item::text;
  }
  return out;
}

// print *, ...  /  write(*,*) ...
template <class... A> void print(const A&... a) { std::printf("%s\n", list_line(record{item(a)...}).c_str()); }
inline void print_record(const record& r) { std::printf("%s\n", list_line(r).c_str()); }

std::string format_record(const std::string& fmt, const record& items);

template <class... A> std::string format(const std::string& fmt, const A&... a) { return format_record(fmt, record{item(a)...}); }
// print '(fmt)', ...  /  write(*, label) ...
template <class... A> void printf_fmt(const std::string& fmt, const A&... a) { std::printf("%s\n", format(fmt, a...).c_str()); }
inline void print_fmt_record(const std::string& fmt, const record& r) { std::printf("%s\n", format_record(fmt, r).c_str()); }

}  // namespace ftn
