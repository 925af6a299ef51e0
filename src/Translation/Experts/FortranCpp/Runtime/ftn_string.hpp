// Fortran runtime support: CHARACTER(len=N), blank-padded or truncated on assignment like Fortran.
namespace ftn {

template <int N> class fchar {
 public:
  fchar() : s_(N, ' ') {}
  fchar(const std::string& v) : s_(N, ' ') { *this = v; }
  fchar(const char* v) : fchar(std::string(v)) {}
  fchar& operator=(const std::string& v) { s_.assign(N, ' '); s_.replace(0, std::min<size_t>(N, v.size()), v, 0, std::min<size_t>(N, v.size())); return *this; }
  fchar& operator=(const char* v) { return *this = std::string(v); }
  template <int M> fchar& operator=(const fchar<M>& v) { return *this = v.str(); }
  operator const std::string&() const { return s_; }
  const std::string& str() const { return s_; }
  std::string& str() { return s_; }

 private:
  std::string s_;
};

inline std::string trim(const std::string& s) { size_t e = s.find_last_not_of(' '); return e == std::string::npos ? "" : s.substr(0, e + 1); }
template <int N> std::string trim(const fchar<N>& s) { return trim(s.str()); }
inline int len_trim(const std::string& s) { return static_cast<int>(trim(s).size()); }
inline std::string adjustl(const std::string& s) { size_t b = s.find_first_not_of(' '); return b == std::string::npos ? s : s.substr(b) + std::string(b, ' '); }

}  // namespace ftn
