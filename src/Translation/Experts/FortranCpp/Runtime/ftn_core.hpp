// Fortran runtime support for translated code: scalar helpers.
#include <algorithm>
#include <limits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <type_traits>
#include <vector>

namespace ftn {

// Binds a temporary to a non-const reference parameter (Fortran passes every argument by reference).
template <class T> T& tmp(T&& v) { return v; }

// Integer power with Fortran semantics (negative exponents truncate toward zero).
template <class B, class E> auto ipow(B base, E e) {
  if constexpr (std::is_integral_v<B>) {
    if (e < 0) return static_cast<B>(base == 1 ? 1 : base == -1 ? (e % 2 ? -1 : 1) : 0);
    B r = 1;
    for (E k = 0; k < e; ++k) r *= base;
    return r;
  } else {
    B r = 1;
    for (E k = 0; k < (e < 0 ? -e : e); ++k) r *= base;
    return e < 0 ? B(1) / r : r;
  }
}

template <class A, class B> auto mod(A a, B b) {
  if constexpr (std::is_integral_v<A> && std::is_integral_v<B>) return a % b;
  else return std::fmod(a, b);
}

template <class A, class B> auto modulo(A a, B b) {
  if constexpr (std::is_integral_v<A> && std::is_integral_v<B>) { auto r = a % b; return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r; }
  else { auto r = std::fmod(a, b); return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r; }
}

template <class A> A min(A a) { return a; }
template <class A, class B, class... R> auto min(A a, B b, R... r) { using C = std::common_type_t<A, B>; C x = C(a) < C(b) ? C(a) : C(b); return ftn::min(x, r...); }
template <class A> A max(A a) { return a; }
template <class A, class B, class... R> auto max(A a, B b, R... r) { using C = std::common_type_t<A, B>; C x = C(a) > C(b) ? C(a) : C(b); return ftn::max(x, r...); }

template <class A, class B> A sign(A a, B b) { A m = a < 0 ? -a : a; return b < 0 ? -m : m; }
template <class T> int nint(T x) { return static_cast<int>(std::lround(x)); }
template <class T> int floor(T x) { return static_cast<int>(std::floor(x)); }
template <class T> int ceiling(T x) { return static_cast<int>(std::ceil(x)); }

}  // namespace ftn
