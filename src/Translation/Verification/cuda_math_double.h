// Double-precision device overloads of the CUDA math API (math_functions.h declares them for real CUDA). The
// shared stand-in header declares only the float forms, so without these a kernel calling sqrt(double) would be
// checked against host-only <cmath> declarations and fail although nvcc accepts it.
__device__ double sqrt(double); __device__ double rsqrt(double); __device__ double cbrt(double);
__device__ double pow(double, double); __device__ double pow(double, int);
__device__ double exp(double); __device__ double exp2(double); __device__ double log(double); __device__ double log2(double); __device__ double log10(double);
__device__ double sin(double); __device__ double cos(double); __device__ double tan(double); __device__ double tanh(double);
__device__ double asin(double); __device__ double acos(double); __device__ double atan(double); __device__ double atan2(double, double);
__device__ double fabs(double); __device__ double floor(double); __device__ double ceil(double); __device__ double round(double); __device__ double trunc(double);
__device__ double fmax(double, double); __device__ double fmin(double, double); __device__ double fmod(double, double); __device__ double erf(double);
