C     Matrix product through a subroutine with explicit-shape dummies (column-major
C     storage passed by address), a function, and a nested labelled DO.
      PROGRAM MATMUL
      INTEGER N
      PARAMETER (N = 4)
      REAL A(N,N), B(N,N), C(N,N)
      REAL TRACE
      INTEGER I, J
      DO 20 J = 1, N
         DO 10 I = 1, N
            A(I,J) = REAL(I + J)
            B(I,J) = REAL(I - J) * 0.5
   10    CONTINUE
   20 CONTINUE
      CALL MMUL(A, B, C, N)
      WRITE (*, 200) TRACE(C, N)
  200 FORMAT (' TRACE =', F10.3)
      DO 30 I = 1, N
         WRITE (*, 210) (C(I,J), J = 1, N)
   30 CONTINUE
  210 FORMAT (1X, 4F9.2)
      STOP
      END

      SUBROUTINE MMUL(A, B, C, N)
      INTEGER N, I, J, K
      REAL A(N,N), B(N,N), C(N,N)
      DO 30 J = 1, N
         DO 20 I = 1, N
            C(I,J) = 0.0
            DO 10 K = 1, N
               C(I,J) = C(I,J) + A(I,K) * B(K,J)
   10       CONTINUE
   20    CONTINUE
   30 CONTINUE
      RETURN
      END

      REAL FUNCTION TRACE(C, N)
      INTEGER N, I
      REAL C(N,N)
      TRACE = 0.0
      DO 10 I = 1, N
         TRACE = TRACE + C(I,I)
   10 CONTINUE
      RETURN
      END
