/**
 * Numeric kernels for workflow stages (`import { matmulBlock } from "weft-engine/kernels"`, or
 * "weft/kernels" in this repository's examples): the engine moves the blocks, these do the flops.
 */
export { matmulBlock, matmulBlockJs, matmul, matmulKernel, addInto, type MatmulKernelName } from "./matmul.js";
