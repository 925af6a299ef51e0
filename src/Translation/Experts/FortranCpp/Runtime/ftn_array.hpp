// Fortran runtime support: a column-major array with per-dimension lower bounds (default 1).
#include <initializer_list>

namespace ftn {

struct extent {
  long lo, hi;
  extent(long upper) : lo(1), hi(upper) {}
  extent(long lower, long upper) : lo(lower), hi(upper) {}
};

// Owns its elements (allocate) or views someone else's (a dummy argument, a pointer target).
template <class T> class array {
 public:
  array() = default;
  array(std::initializer_list<extent> dims) { allocate(dims); }
  array(T* data, std::initializer_list<extent> dims) { shape(dims); p_ = data; }
  array(const array& o) : rank_(o.rank_), size_(o.size_) {
    std::copy(o.lo_, o.lo_ + 7, lo_); std::copy(o.ext_, o.ext_ + 7, ext_);
    if (o.owned()) { own_ = o.own_; p_ = own_.data(); } else { p_ = o.p_; }
  }
  array& operator=(const array& o) {
    if (this == &o) return *this;
    if (!p_) {  // F2003: an unallocated allocatable takes the shape of the right-hand side.
      rank_ = o.rank_; size_ = o.size_; std::copy(o.lo_, o.lo_ + 7, lo_); std::copy(o.ext_, o.ext_ + 7, ext_);
      own_.assign(o.p_, o.p_ + o.size_); p_ = own_.data(); return *this;
    }
    for (long k = 0; k < size_ && k < o.size_; ++k) p_[k] = o.p_[k];
    return *this;
  }
  array& operator=(const T& v) { std::fill(p_, p_ + size_, v); return *this; }
  array& operator=(std::initializer_list<T> values) {
    if (!p_) allocate({static_cast<long>(values.size())});
    std::copy(values.begin(), values.end(), p_);
    return *this;
  }

  void allocate(std::initializer_list<extent> dims, const T& init = T()) {
    shape(dims);
    own_.assign(static_cast<size_t>(size_), init);
    p_ = own_.data();
  }
  void deallocate() { own_.clear(); own_.shrink_to_fit(); p_ = nullptr; size_ = 0; }
  bool allocated() const { return p_ != nullptr; }
  // Pointer association (=>) with a whole array or a 1-D section lo:hi of it.
  void associate(array& target) { *this = view(target); }
  void associate(array& target, long lo, long hi) { rank_ = 1; lo_[0] = 1; ext_[0] = hi - lo + 1; size_ = ext_[0]; own_.clear(); p_ = &target(lo); }
  void nullify() { own_.clear(); p_ = nullptr; size_ = 0; }

  template <class... I> T& operator()(I... idx) { return p_[offset(static_cast<long>(idx)...)]; }
  template <class... I> const T& operator()(I... idx) const { return p_[offset(static_cast<long>(idx)...)]; }
  T& flat(long k) { return p_[k]; }
  const T& flat(long k) const { return p_[k]; }
  T* data() { return p_; }
  long size() const { return size_; }
  long size(int dim) const { return ext_[dim - 1]; }
  long lbound(int dim) const { return lo_[dim - 1]; }
  long ubound(int dim) const { return lo_[dim - 1] + ext_[dim - 1] - 1; }

 private:
  static array view(array& t) { array v; v.rank_ = t.rank_; v.size_ = t.size_; std::copy(t.lo_, t.lo_ + 7, v.lo_); std::copy(t.ext_, t.ext_ + 7, v.ext_); v.p_ = t.p_; return v; }
  bool owned() const { return !own_.empty() && p_ == own_.data(); }
  void shape(std::initializer_list<extent> dims) {
    rank_ = 0; size_ = 1;
    for (const extent& d : dims) { lo_[rank_] = d.lo; ext_[rank_] = std::max(0L, d.hi - d.lo + 1); size_ *= ext_[rank_]; ++rank_; }
  }
  // Column-major: the first subscript varies fastest.
  long offset(long i) const { return i - lo_[0]; }
  template <class... I> long offset(long i, long j, I... rest) const {
    long idx[] = {i, j, static_cast<long>(rest)...};
    long off = 0, stride = 1;
    for (int d = 0; d < static_cast<int>(sizeof...(I)) + 2; ++d) { off += (idx[d] - lo_[d]) * stride; stride *= ext_[d]; }
    return off;
  }

  std::vector<T> own_;
  T* p_ = nullptr;
  int rank_ = 0;
  long size_ = 0;
  long lo_[7] = {1, 1, 1, 1, 1, 1, 1};
  long ext_[7] = {0, 0, 0, 0, 0, 0, 0};
};

template <class T> T sum(const array<T>& a) { T s = T(); for (long k = 0; k < a.size(); ++k) s += a.flat(k); return s; }
template <class T> T maxval(const array<T>& a) { T s = a.flat(0); for (long k = 1; k < a.size(); ++k) s = std::max(s, a.flat(k)); return s; }
template <class T> T minval(const array<T>& a) { T s = a.flat(0); for (long k = 1; k < a.size(); ++k) s = std::min(s, a.flat(k)); return s; }

}  // namespace ftn
