;; C += A * B on float64 row-major blocks, WebAssembly SIMD (f64x2). The source of
;; matmul-simd.wasm.ts (npm run -s kernels:gen compiles it with wabt; kernels:check fails when
;; the committed bytes do not match this text).
;;
;; dgemm(c, a, b, rows, inner, cols, bpack, apack, tile): byte addresses in the one memory.
;;   A is rows x inner, B is inner x cols, C is rows x cols.
;;   bpack: room for ceil(cols/4) * inner * 4 float64 (B in panels of 4 columns, zero-padded),
;;   apack: room for inner * 4 float64 (one panel of 4 rows of A, k-major, zero-padded),
;;   tile: room for 16 float64 (one 4x4 result before it is added into C).
;; Each 4x4 tile of C keeps 8 f64x2 accumulators in registers through the whole k loop; the
;; packed panels make every load in that loop sequential.
(module
  (memory (export "memory") 1)

  ;; B in panels of 4 columns: bpack[(jp * inner + k) * 4 + q] = B[k][jp * 4 + q], 0 past cols.
  (func $packB (param $b i32) (param $inner i32) (param $cols i32) (param $bpack i32)
    (local $jp i32) (local $k i32) (local $q i32) (local $j i32) (local $out i32) (local $panels i32)
    (local.set $panels (i32.shr_u (i32.add (local.get $cols) (i32.const 3)) (i32.const 2)))
    (local.set $out (local.get $bpack))
    (local.set $jp (i32.const 0))
    (block $jp_done
      (loop $jp_loop
        (br_if $jp_done (i32.ge_u (local.get $jp) (local.get $panels)))
        (local.set $k (i32.const 0))
        (block $k_done
          (loop $k_loop
            (br_if $k_done (i32.ge_u (local.get $k) (local.get $inner)))
            (local.set $q (i32.const 0))
            (block $q_done
              (loop $q_loop
                (br_if $q_done (i32.ge_u (local.get $q) (i32.const 4)))
                (local.set $j (i32.add (i32.shl (local.get $jp) (i32.const 2)) (local.get $q)))
                (f64.store (local.get $out)
                  (if (result f64) (i32.lt_u (local.get $j) (local.get $cols))
                    (then (f64.load (i32.add (local.get $b)
                      (i32.shl (i32.add (i32.mul (local.get $k) (local.get $cols)) (local.get $j)) (i32.const 3)))))
                    (else (f64.const 0))))
                (local.set $out (i32.add (local.get $out) (i32.const 8)))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))
                (br $q_loop)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $k_loop)))
        (local.set $jp (i32.add (local.get $jp) (i32.const 1)))
        (br $jp_loop))))

  ;; Rows i0..i0+3 of A, k-major: apack[k * 4 + r] = A[i0 + r][k], 0 past rows.
  (func $packA (param $a i32) (param $i0 i32) (param $rows i32) (param $inner i32) (param $apack i32)
    (local $k i32) (local $r i32) (local $i i32) (local $out i32)
    (local.set $out (local.get $apack))
    (local.set $k (i32.const 0))
    (block $k_done
      (loop $k_loop
        (br_if $k_done (i32.ge_u (local.get $k) (local.get $inner)))
        (local.set $r (i32.const 0))
        (block $r_done
          (loop $r_loop
            (br_if $r_done (i32.ge_u (local.get $r) (i32.const 4)))
            (local.set $i (i32.add (local.get $i0) (local.get $r)))
            (f64.store (local.get $out)
              (if (result f64) (i32.lt_u (local.get $i) (local.get $rows))
                (then (f64.load (i32.add (local.get $a)
                  (i32.shl (i32.add (i32.mul (local.get $i) (local.get $inner)) (local.get $k)) (i32.const 3)))))
                (else (f64.const 0))))
            (local.set $out (i32.add (local.get $out) (i32.const 8)))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $r_loop)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $k_loop))))

  ;; tile = apack panel (4 x inner) * bpack panel (inner x 4), 16 float64 row-major.
  (func $micro (param $ap i32) (param $bp i32) (param $inner i32) (param $tile i32)
    (local $k i32) (local $b0 v128) (local $b1 v128) (local $a v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $k (local.get $inner))
    (block $done
      (loop $k_loop
        (br_if $done (i32.eqz (local.get $k)))
        (local.set $b0 (v128.load (local.get $bp)))
        (local.set $b1 (v128.load offset=16 (local.get $bp)))
        (local.set $a (v128.load64_splat (local.get $ap)))
        (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $a) (local.get $b0))))
        (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (local.get $a) (local.get $b1))))
        (local.set $a (v128.load64_splat offset=8 (local.get $ap)))
        (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $a) (local.get $b0))))
        (local.set $c11 (f64x2.add (local.get $c11) (f64x2.mul (local.get $a) (local.get $b1))))
        (local.set $a (v128.load64_splat offset=16 (local.get $ap)))
        (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $a) (local.get $b0))))
        (local.set $c21 (f64x2.add (local.get $c21) (f64x2.mul (local.get $a) (local.get $b1))))
        (local.set $a (v128.load64_splat offset=24 (local.get $ap)))
        (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $a) (local.get $b0))))
        (local.set $c31 (f64x2.add (local.get $c31) (f64x2.mul (local.get $a) (local.get $b1))))
        (local.set $ap (i32.add (local.get $ap) (i32.const 32)))
        (local.set $bp (i32.add (local.get $bp) (i32.const 32)))
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))
        (br $k_loop)))
    (v128.store offset=0 (local.get $tile) (local.get $c00))
    (v128.store offset=16 (local.get $tile) (local.get $c01))
    (v128.store offset=32 (local.get $tile) (local.get $c10))
    (v128.store offset=48 (local.get $tile) (local.get $c11))
    (v128.store offset=64 (local.get $tile) (local.get $c20))
    (v128.store offset=80 (local.get $tile) (local.get $c21))
    (v128.store offset=96 (local.get $tile) (local.get $c30))
    (v128.store offset=112 (local.get $tile) (local.get $c31)))

  ;; C[i0 + r][j0 + q] += tile[r * 4 + q] for the rows and columns inside C.
  (func $addTile (param $c i32) (param $i0 i32) (param $j0 i32) (param $rows i32) (param $cols i32) (param $tile i32)
    (local $r i32) (local $q i32) (local $at i32)
    (local.set $r (i32.const 0))
    (block $r_done
      (loop $r_loop
        (br_if $r_done (i32.ge_u (local.get $r) (i32.const 4)))
        (br_if $r_done (i32.ge_u (i32.add (local.get $i0) (local.get $r)) (local.get $rows)))
        (local.set $q (i32.const 0))
        (block $q_done
          (loop $q_loop
            (br_if $q_done (i32.ge_u (local.get $q) (i32.const 4)))
            (br_if $q_done (i32.ge_u (i32.add (local.get $j0) (local.get $q)) (local.get $cols)))
            (local.set $at (i32.add (local.get $c) (i32.shl
              (i32.add (i32.mul (i32.add (local.get $i0) (local.get $r)) (local.get $cols)) (i32.add (local.get $j0) (local.get $q)))
              (i32.const 3))))
            (f64.store (local.get $at) (f64.add (f64.load (local.get $at))
              (f64.load (i32.add (local.get $tile) (i32.shl (i32.add (i32.shl (local.get $r) (i32.const 2)) (local.get $q)) (i32.const 3))))))
            (local.set $q (i32.add (local.get $q) (i32.const 1)))
            (br $q_loop)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $r_loop))))

  (func (export "dgemm") (param $c i32) (param $a i32) (param $b i32) (param $rows i32) (param $inner i32) (param $cols i32)
                         (param $bpack i32) (param $apack i32) (param $tile i32)
    (local $i0 i32) (local $j0 i32) (local $panel i32) (local $panelBytes i32)
    (call $packB (local.get $b) (local.get $inner) (local.get $cols) (local.get $bpack))
    (local.set $panelBytes (i32.shl (local.get $inner) (i32.const 5)))
    (local.set $i0 (i32.const 0))
    (block $i_done
      (loop $i_loop
        (br_if $i_done (i32.ge_u (local.get $i0) (local.get $rows)))
        (call $packA (local.get $a) (local.get $i0) (local.get $rows) (local.get $inner) (local.get $apack))
        (local.set $j0 (i32.const 0))
        (local.set $panel (local.get $bpack))
        (block $j_done
          (loop $j_loop
            (br_if $j_done (i32.ge_u (local.get $j0) (local.get $cols)))
            (call $micro (local.get $apack) (local.get $panel) (local.get $inner) (local.get $tile))
            (call $addTile (local.get $c) (local.get $i0) (local.get $j0) (local.get $rows) (local.get $cols) (local.get $tile))
            (local.set $panel (i32.add (local.get $panel) (local.get $panelBytes)))
            (local.set $j0 (i32.add (local.get $j0) (i32.const 4)))
            (br $j_loop)))
        (local.set $i0 (i32.add (local.get $i0) (i32.const 4)))
        (br $i_loop)))))
