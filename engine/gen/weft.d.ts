import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace weft. */
export namespace weft {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a RetryPolicy.
         * @deprecated Use weft.v1.RetryPolicy.$Properties instead.
         */
        interface IRetryPolicy extends weft.v1.RetryPolicy.$Properties {
        }

        /** Represents a RetryPolicy. */
        class RetryPolicy {

            /**
             * Constructs a new RetryPolicy.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.RetryPolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RetryPolicy maxAttempts. */
            maxAttempts: number;

            /** RetryPolicy backoffMs. */
            backoffMs: number;

            /** RetryPolicy backoffFactor. */
            backoffFactor: number;

            /** RetryPolicy maxBackoffMs. */
            maxBackoffMs: number;

            /** RetryPolicy jitter. */
            jitter: number;

            /**
             * Creates a new RetryPolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RetryPolicy instance
             */
            static create(properties: weft.v1.RetryPolicy.$Shape): weft.v1.RetryPolicy & weft.v1.RetryPolicy.$Shape;
            static create(properties?: weft.v1.RetryPolicy.$Properties): weft.v1.RetryPolicy;

            /**
             * Encodes the specified RetryPolicy message. Does not implicitly {@link weft.v1.RetryPolicy.verify|verify} messages.
             * @param message RetryPolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.RetryPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RetryPolicy message, length delimited. Does not implicitly {@link weft.v1.RetryPolicy.verify|verify} messages.
             * @param message RetryPolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.RetryPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RetryPolicy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.RetryPolicy & weft.v1.RetryPolicy.$Shape} RetryPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.RetryPolicy & weft.v1.RetryPolicy.$Shape;

            /**
             * Decodes a RetryPolicy message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.RetryPolicy & weft.v1.RetryPolicy.$Shape} RetryPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.RetryPolicy & weft.v1.RetryPolicy.$Shape;

            /**
             * Creates a RetryPolicy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RetryPolicy
             */
            static fromObject(object: { [k: string]: any }): weft.v1.RetryPolicy;

            /**
             * Creates a plain object from a RetryPolicy message. Also converts values to other types if specified.
             * @param message RetryPolicy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.RetryPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RetryPolicy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RetryPolicy
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RetryPolicy {

            /** Properties of a RetryPolicy. */
            interface $Properties {

                /** RetryPolicy maxAttempts */
                maxAttempts?: (number|null);

                /** RetryPolicy backoffMs */
                backoffMs?: (number|null);

                /** RetryPolicy backoffFactor */
                backoffFactor?: (number|null);

                /** RetryPolicy maxBackoffMs */
                maxBackoffMs?: (number|null);

                /** RetryPolicy jitter */
                jitter?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RetryPolicy. */
            type $Shape = weft.v1.RetryPolicy.$Properties;
        }

        /** NodeKind enum. */
        enum NodeKind {

            /** NODE_KIND_UNSPECIFIED value */
            NODE_KIND_UNSPECIFIED = 0,

            /** NODE_KIND_TASK value */
            NODE_KIND_TASK = 1,

            /** NODE_KIND_MAP value */
            NODE_KIND_MAP = 2,

            /** NODE_KIND_STAGE value */
            NODE_KIND_STAGE = 3,

            /** NODE_KIND_AGGREGATE value */
            NODE_KIND_AGGREGATE = 4,

            /** NODE_KIND_COLLECT value */
            NODE_KIND_COLLECT = 5
        }

        /** EdgeRouting enum. */
        enum EdgeRouting {

            /** EDGE_ROUTING_VALUE value */
            EDGE_ROUTING_VALUE = 0,

            /** EDGE_ROUTING_FORWARD value */
            EDGE_ROUTING_FORWARD = 1,

            /** EDGE_ROUTING_SHUFFLE value */
            EDGE_ROUTING_SHUFFLE = 2,

            /** EDGE_ROUTING_GATHER value */
            EDGE_ROUTING_GATHER = 3,

            /** EDGE_ROUTING_AGGREGATE value */
            EDGE_ROUTING_AGGREGATE = 4,

            /** EDGE_ROUTING_BROADCAST value */
            EDGE_ROUTING_BROADCAST = 5
        }

        /** InputShape enum. */
        enum InputShape {

            /** INPUT_SHAPE_NONE value */
            INPUT_SHAPE_NONE = 0,

            /** INPUT_SHAPE_SINGLE value */
            INPUT_SHAPE_SINGLE = 1,

            /** INPUT_SHAPE_TUPLE value */
            INPUT_SHAPE_TUPLE = 2
        }

        /**
         * Properties of a NodeSpec.
         * @deprecated Use weft.v1.NodeSpec.$Properties instead.
         */
        interface INodeSpec extends weft.v1.NodeSpec.$Properties {
        }

        /** Represents a NodeSpec. */
        class NodeSpec {

            /**
             * Constructs a new NodeSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.NodeSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeSpec name. */
            name: string;

            /** NodeSpec kind. */
            kind: weft.v1.NodeKind;

            /** NodeSpec deps. */
            deps: string[];

            /** NodeSpec inputShape. */
            inputShape: weft.v1.InputShape;

            /** NodeSpec retry. */
            retry?: (weft.v1.RetryPolicy.$Properties|null);

            /** NodeSpec timeoutMs. */
            timeoutMs: number;

            /** NodeSpec hasInit. */
            hasInit: boolean;

            /** NodeSpec sizeHint. */
            sizeHint: number;

            /** NodeSpec op. */
            op: string;

            /** NodeSpec partitions. */
            partitions: number;

            /** NodeSpec partitionsFromInput. */
            partitionsFromInput: boolean;

            /** NodeSpec routing. */
            routing: weft.v1.EdgeRouting[];

            /** NodeSpec onFailure. */
            onFailure: string[];

            /** NodeSpec isolate. */
            isolate: boolean;

            /** NodeSpec memoryLimitMb. */
            memoryLimitMb: number;

            /** NodeSpec fanin. */
            fanin: number;

            /** NodeSpec faninFromInput. */
            faninFromInput: boolean;

            /**
             * Creates a new NodeSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeSpec instance
             */
            static create(properties: weft.v1.NodeSpec.$Shape): weft.v1.NodeSpec & weft.v1.NodeSpec.$Shape;
            static create(properties?: weft.v1.NodeSpec.$Properties): weft.v1.NodeSpec;

            /**
             * Encodes the specified NodeSpec message. Does not implicitly {@link weft.v1.NodeSpec.verify|verify} messages.
             * @param message NodeSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.NodeSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeSpec message, length delimited. Does not implicitly {@link weft.v1.NodeSpec.verify|verify} messages.
             * @param message NodeSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.NodeSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.NodeSpec & weft.v1.NodeSpec.$Shape} NodeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.NodeSpec & weft.v1.NodeSpec.$Shape;

            /**
             * Decodes a NodeSpec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.NodeSpec & weft.v1.NodeSpec.$Shape} NodeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.NodeSpec & weft.v1.NodeSpec.$Shape;

            /**
             * Creates a NodeSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeSpec
             */
            static fromObject(object: { [k: string]: any }): weft.v1.NodeSpec;

            /**
             * Creates a plain object from a NodeSpec message. Also converts values to other types if specified.
             * @param message NodeSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.NodeSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeSpec {

            /** Properties of a NodeSpec. */
            interface $Properties {

                /** NodeSpec name */
                name?: (string|null);

                /** NodeSpec kind */
                kind?: (weft.v1.NodeKind|null);

                /** NodeSpec deps */
                deps?: (string[]|null);

                /** NodeSpec inputShape */
                inputShape?: (weft.v1.InputShape|null);

                /** NodeSpec retry */
                retry?: (weft.v1.RetryPolicy.$Properties|null);

                /** NodeSpec timeoutMs */
                timeoutMs?: (number|null);

                /** NodeSpec hasInit */
                hasInit?: (boolean|null);

                /** NodeSpec sizeHint */
                sizeHint?: (number|null);

                /** NodeSpec op */
                op?: (string|null);

                /** NodeSpec partitions */
                partitions?: (number|null);

                /** NodeSpec partitionsFromInput */
                partitionsFromInput?: (boolean|null);

                /** NodeSpec routing */
                routing?: (weft.v1.EdgeRouting[]|null);

                /** NodeSpec onFailure */
                onFailure?: (string[]|null);

                /** NodeSpec isolate */
                isolate?: (boolean|null);

                /** NodeSpec memoryLimitMb */
                memoryLimitMb?: (number|null);

                /** NodeSpec fanin */
                fanin?: (number|null);

                /** NodeSpec faninFromInput */
                faninFromInput?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeSpec. */
            type $Shape = weft.v1.NodeSpec.$Properties;
        }

        /**
         * Properties of a WorkflowGraph.
         * @deprecated Use weft.v1.WorkflowGraph.$Properties instead.
         */
        interface IWorkflowGraph extends weft.v1.WorkflowGraph.$Properties {
        }

        /** Represents a WorkflowGraph. */
        class WorkflowGraph {

            /**
             * Constructs a new WorkflowGraph.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.WorkflowGraph.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkflowGraph name. */
            name: string;

            /** WorkflowGraph nodes. */
            nodes: weft.v1.NodeSpec.$Properties[];

            /** WorkflowGraph durability. */
            durability: string;

            /**
             * Creates a new WorkflowGraph instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkflowGraph instance
             */
            static create(properties: weft.v1.WorkflowGraph.$Shape): weft.v1.WorkflowGraph & weft.v1.WorkflowGraph.$Shape;
            static create(properties?: weft.v1.WorkflowGraph.$Properties): weft.v1.WorkflowGraph;

            /**
             * Encodes the specified WorkflowGraph message. Does not implicitly {@link weft.v1.WorkflowGraph.verify|verify} messages.
             * @param message WorkflowGraph message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.WorkflowGraph.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkflowGraph message, length delimited. Does not implicitly {@link weft.v1.WorkflowGraph.verify|verify} messages.
             * @param message WorkflowGraph message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.WorkflowGraph.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkflowGraph message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.WorkflowGraph & weft.v1.WorkflowGraph.$Shape} WorkflowGraph
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.WorkflowGraph & weft.v1.WorkflowGraph.$Shape;

            /**
             * Decodes a WorkflowGraph message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.WorkflowGraph & weft.v1.WorkflowGraph.$Shape} WorkflowGraph
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.WorkflowGraph & weft.v1.WorkflowGraph.$Shape;

            /**
             * Creates a WorkflowGraph message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkflowGraph
             */
            static fromObject(object: { [k: string]: any }): weft.v1.WorkflowGraph;

            /**
             * Creates a plain object from a WorkflowGraph message. Also converts values to other types if specified.
             * @param message WorkflowGraph
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.WorkflowGraph, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkflowGraph to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkflowGraph
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkflowGraph {

            /** Properties of a WorkflowGraph. */
            interface $Properties {

                /** WorkflowGraph name */
                name?: (string|null);

                /** WorkflowGraph nodes */
                nodes?: (weft.v1.NodeSpec.$Properties[]|null);

                /** WorkflowGraph durability */
                durability?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkflowGraph. */
            type $Shape = weft.v1.WorkflowGraph.$Properties;
        }

        /**
         * Properties of an ErrorInfo.
         * @deprecated Use weft.v1.ErrorInfo.$Properties instead.
         */
        interface IErrorInfo extends weft.v1.ErrorInfo.$Properties {
        }

        /** Represents an ErrorInfo. */
        class ErrorInfo {

            /**
             * Constructs a new ErrorInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.ErrorInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ErrorInfo code. */
            code: string;

            /** ErrorInfo message. */
            message: string;

            /** ErrorInfo stack. */
            stack: string;

            /** ErrorInfo terminal. */
            terminal: boolean;

            /**
             * Creates a new ErrorInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorInfo instance
             */
            static create(properties: weft.v1.ErrorInfo.$Shape): weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape;
            static create(properties?: weft.v1.ErrorInfo.$Properties): weft.v1.ErrorInfo;

            /**
             * Encodes the specified ErrorInfo message. Does not implicitly {@link weft.v1.ErrorInfo.verify|verify} messages.
             * @param message ErrorInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.ErrorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ErrorInfo message, length delimited. Does not implicitly {@link weft.v1.ErrorInfo.verify|verify} messages.
             * @param message ErrorInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.ErrorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape} ErrorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape;

            /**
             * Decodes an ErrorInfo message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape} ErrorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape;

            /**
             * Creates an ErrorInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ErrorInfo
             */
            static fromObject(object: { [k: string]: any }): weft.v1.ErrorInfo;

            /**
             * Creates a plain object from an ErrorInfo message. Also converts values to other types if specified.
             * @param message ErrorInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.ErrorInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ErrorInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ErrorInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorInfo {

            /** Properties of an ErrorInfo. */
            interface $Properties {

                /** ErrorInfo code */
                code?: (string|null);

                /** ErrorInfo message */
                message?: (string|null);

                /** ErrorInfo stack */
                stack?: (string|null);

                /** ErrorInfo terminal */
                terminal?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ErrorInfo. */
            type $Shape = weft.v1.ErrorInfo.$Properties;
        }

        /**
         * Properties of a SubmitRequest.
         * @deprecated Use weft.v1.SubmitRequest.$Properties instead.
         */
        interface ISubmitRequest extends weft.v1.SubmitRequest.$Properties {
        }

        /** Represents a SubmitRequest. */
        class SubmitRequest {

            /**
             * Constructs a new SubmitRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.SubmitRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubmitRequest graph. */
            graph?: (weft.v1.WorkflowGraph.$Properties|null);

            /** SubmitRequest bundleHash. */
            bundleHash: string;

            /** SubmitRequest inputJson. */
            inputJson: string;

            /** SubmitRequest runId. */
            runId: string;

            /** SubmitRequest submitter. */
            submitter: string;

            /** SubmitRequest timeoutMs. */
            timeoutMs: number;

            /** SubmitRequest origin. */
            origin?: (weft.v1.RunOrigin.$Properties|null);

            /** SubmitRequest express. */
            express: boolean;

            /** SubmitRequest newRunId. */
            newRunId: boolean;

            /**
             * Creates a new SubmitRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubmitRequest instance
             */
            static create(properties: weft.v1.SubmitRequest.$Shape): weft.v1.SubmitRequest & weft.v1.SubmitRequest.$Shape;
            static create(properties?: weft.v1.SubmitRequest.$Properties): weft.v1.SubmitRequest;

            /**
             * Encodes the specified SubmitRequest message. Does not implicitly {@link weft.v1.SubmitRequest.verify|verify} messages.
             * @param message SubmitRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.SubmitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubmitRequest message, length delimited. Does not implicitly {@link weft.v1.SubmitRequest.verify|verify} messages.
             * @param message SubmitRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.SubmitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubmitRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.SubmitRequest & weft.v1.SubmitRequest.$Shape} SubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.SubmitRequest & weft.v1.SubmitRequest.$Shape;

            /**
             * Decodes a SubmitRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.SubmitRequest & weft.v1.SubmitRequest.$Shape} SubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.SubmitRequest & weft.v1.SubmitRequest.$Shape;

            /**
             * Creates a SubmitRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubmitRequest
             */
            static fromObject(object: { [k: string]: any }): weft.v1.SubmitRequest;

            /**
             * Creates a plain object from a SubmitRequest message. Also converts values to other types if specified.
             * @param message SubmitRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.SubmitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubmitRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubmitRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubmitRequest {

            /** Properties of a SubmitRequest. */
            interface $Properties {

                /** SubmitRequest graph */
                graph?: (weft.v1.WorkflowGraph.$Properties|null);

                /** SubmitRequest bundleHash */
                bundleHash?: (string|null);

                /** SubmitRequest inputJson */
                inputJson?: (string|null);

                /** SubmitRequest runId */
                runId?: (string|null);

                /** SubmitRequest submitter */
                submitter?: (string|null);

                /** SubmitRequest timeoutMs */
                timeoutMs?: (number|null);

                /** SubmitRequest origin */
                origin?: (weft.v1.RunOrigin.$Properties|null);

                /** SubmitRequest express */
                express?: (boolean|null);

                /** SubmitRequest newRunId */
                newRunId?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubmitRequest. */
            type $Shape = weft.v1.SubmitRequest.$Properties;
        }

        /**
         * Properties of a RunOrigin.
         * @deprecated Use weft.v1.RunOrigin.$Properties instead.
         */
        interface IRunOrigin extends weft.v1.RunOrigin.$Properties {
        }

        /** Represents a RunOrigin. */
        class RunOrigin {

            /**
             * Constructs a new RunOrigin.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.RunOrigin.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunOrigin deployment. */
            deployment: string;

            /** RunOrigin version. */
            version: string;

            /** RunOrigin trigger. */
            trigger?: (weft.v1.TriggerEvent.$Properties|null);

            /**
             * Creates a new RunOrigin instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunOrigin instance
             */
            static create(properties: weft.v1.RunOrigin.$Shape): weft.v1.RunOrigin & weft.v1.RunOrigin.$Shape;
            static create(properties?: weft.v1.RunOrigin.$Properties): weft.v1.RunOrigin;

            /**
             * Encodes the specified RunOrigin message. Does not implicitly {@link weft.v1.RunOrigin.verify|verify} messages.
             * @param message RunOrigin message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.RunOrigin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunOrigin message, length delimited. Does not implicitly {@link weft.v1.RunOrigin.verify|verify} messages.
             * @param message RunOrigin message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.RunOrigin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunOrigin message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.RunOrigin & weft.v1.RunOrigin.$Shape} RunOrigin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.RunOrigin & weft.v1.RunOrigin.$Shape;

            /**
             * Decodes a RunOrigin message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.RunOrigin & weft.v1.RunOrigin.$Shape} RunOrigin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.RunOrigin & weft.v1.RunOrigin.$Shape;

            /**
             * Creates a RunOrigin message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunOrigin
             */
            static fromObject(object: { [k: string]: any }): weft.v1.RunOrigin;

            /**
             * Creates a plain object from a RunOrigin message. Also converts values to other types if specified.
             * @param message RunOrigin
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.RunOrigin, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunOrigin to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunOrigin
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunOrigin {

            /** Properties of a RunOrigin. */
            interface $Properties {

                /** RunOrigin deployment */
                deployment?: (string|null);

                /** RunOrigin version */
                version?: (string|null);

                /** RunOrigin trigger */
                trigger?: (weft.v1.TriggerEvent.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunOrigin. */
            type $Shape = weft.v1.RunOrigin.$Properties;
        }

        /**
         * Properties of a TriggerEvent.
         * @deprecated Use weft.v1.TriggerEvent.$Properties instead.
         */
        interface ITriggerEvent extends weft.v1.TriggerEvent.$Properties {
        }

        /** Represents a TriggerEvent. */
        class TriggerEvent {

            /**
             * Constructs a new TriggerEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.TriggerEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TriggerEvent kind. */
            kind: string;

            /** TriggerEvent eventId. */
            eventId: string;

            /** TriggerEvent subject. */
            subject: string;

            /** TriggerEvent receivedAtMs. */
            receivedAtMs: number;

            /** TriggerEvent source. */
            source: string;

            /** TriggerEvent batch. */
            batch: string[];

            /** TriggerEvent declared. */
            declared: number;

            /** TriggerEvent batchRanges. */
            batchRanges: weft.v1.EventIdRange.$Properties[];

            /**
             * Creates a new TriggerEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TriggerEvent instance
             */
            static create(properties: weft.v1.TriggerEvent.$Shape): weft.v1.TriggerEvent & weft.v1.TriggerEvent.$Shape;
            static create(properties?: weft.v1.TriggerEvent.$Properties): weft.v1.TriggerEvent;

            /**
             * Encodes the specified TriggerEvent message. Does not implicitly {@link weft.v1.TriggerEvent.verify|verify} messages.
             * @param message TriggerEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.TriggerEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TriggerEvent message, length delimited. Does not implicitly {@link weft.v1.TriggerEvent.verify|verify} messages.
             * @param message TriggerEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.TriggerEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TriggerEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.TriggerEvent & weft.v1.TriggerEvent.$Shape} TriggerEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TriggerEvent & weft.v1.TriggerEvent.$Shape;

            /**
             * Decodes a TriggerEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.TriggerEvent & weft.v1.TriggerEvent.$Shape} TriggerEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.TriggerEvent & weft.v1.TriggerEvent.$Shape;

            /**
             * Creates a TriggerEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TriggerEvent
             */
            static fromObject(object: { [k: string]: any }): weft.v1.TriggerEvent;

            /**
             * Creates a plain object from a TriggerEvent message. Also converts values to other types if specified.
             * @param message TriggerEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.TriggerEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TriggerEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TriggerEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TriggerEvent {

            /** Properties of a TriggerEvent. */
            interface $Properties {

                /** TriggerEvent kind */
                kind?: (string|null);

                /** TriggerEvent eventId */
                eventId?: (string|null);

                /** TriggerEvent subject */
                subject?: (string|null);

                /** TriggerEvent receivedAtMs */
                receivedAtMs?: (number|null);

                /** TriggerEvent source */
                source?: (string|null);

                /** TriggerEvent batch */
                batch?: (string[]|null);

                /** TriggerEvent declared */
                declared?: (number|null);

                /** TriggerEvent batchRanges */
                batchRanges?: (weft.v1.EventIdRange.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TriggerEvent. */
            type $Shape = weft.v1.TriggerEvent.$Properties;
        }

        /**
         * Properties of an EventIdRange.
         * @deprecated Use weft.v1.EventIdRange.$Properties instead.
         */
        interface IEventIdRange extends weft.v1.EventIdRange.$Properties {
        }

        /** Represents an EventIdRange. */
        class EventIdRange {

            /**
             * Constructs a new EventIdRange.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.EventIdRange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EventIdRange prefix. */
            prefix: string;

            /** EventIdRange first. */
            first: number;

            /** EventIdRange count. */
            count: number;

            /**
             * Creates a new EventIdRange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventIdRange instance
             */
            static create(properties: weft.v1.EventIdRange.$Shape): weft.v1.EventIdRange & weft.v1.EventIdRange.$Shape;
            static create(properties?: weft.v1.EventIdRange.$Properties): weft.v1.EventIdRange;

            /**
             * Encodes the specified EventIdRange message. Does not implicitly {@link weft.v1.EventIdRange.verify|verify} messages.
             * @param message EventIdRange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.EventIdRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventIdRange message, length delimited. Does not implicitly {@link weft.v1.EventIdRange.verify|verify} messages.
             * @param message EventIdRange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.EventIdRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventIdRange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.EventIdRange & weft.v1.EventIdRange.$Shape} EventIdRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.EventIdRange & weft.v1.EventIdRange.$Shape;

            /**
             * Decodes an EventIdRange message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.EventIdRange & weft.v1.EventIdRange.$Shape} EventIdRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.EventIdRange & weft.v1.EventIdRange.$Shape;

            /**
             * Creates an EventIdRange message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventIdRange
             */
            static fromObject(object: { [k: string]: any }): weft.v1.EventIdRange;

            /**
             * Creates a plain object from an EventIdRange message. Also converts values to other types if specified.
             * @param message EventIdRange
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.EventIdRange, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventIdRange to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventIdRange
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventIdRange {

            /** Properties of an EventIdRange. */
            interface $Properties {

                /** EventIdRange prefix */
                prefix?: (string|null);

                /** EventIdRange first */
                first?: (number|null);

                /** EventIdRange count */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventIdRange. */
            type $Shape = weft.v1.EventIdRange.$Properties;
        }

        /**
         * Properties of a SubmitReply.
         * @deprecated Use weft.v1.SubmitReply.$Properties instead.
         */
        interface ISubmitReply extends weft.v1.SubmitReply.$Properties {
        }

        /** Represents a SubmitReply. */
        class SubmitReply {

            /**
             * Constructs a new SubmitReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.SubmitReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubmitReply runId. */
            runId: string;

            /** SubmitReply error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /**
             * Creates a new SubmitReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubmitReply instance
             */
            static create(properties: weft.v1.SubmitReply.$Shape): weft.v1.SubmitReply & weft.v1.SubmitReply.$Shape;
            static create(properties?: weft.v1.SubmitReply.$Properties): weft.v1.SubmitReply;

            /**
             * Encodes the specified SubmitReply message. Does not implicitly {@link weft.v1.SubmitReply.verify|verify} messages.
             * @param message SubmitReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.SubmitReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubmitReply message, length delimited. Does not implicitly {@link weft.v1.SubmitReply.verify|verify} messages.
             * @param message SubmitReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.SubmitReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubmitReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.SubmitReply & weft.v1.SubmitReply.$Shape} SubmitReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.SubmitReply & weft.v1.SubmitReply.$Shape;

            /**
             * Decodes a SubmitReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.SubmitReply & weft.v1.SubmitReply.$Shape} SubmitReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.SubmitReply & weft.v1.SubmitReply.$Shape;

            /**
             * Creates a SubmitReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubmitReply
             */
            static fromObject(object: { [k: string]: any }): weft.v1.SubmitReply;

            /**
             * Creates a plain object from a SubmitReply message. Also converts values to other types if specified.
             * @param message SubmitReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.SubmitReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubmitReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubmitReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubmitReply {

            /** Properties of a SubmitReply. */
            interface $Properties {

                /** SubmitReply runId */
                runId?: (string|null);

                /** SubmitReply error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubmitReply. */
            type $Shape = weft.v1.SubmitReply.$Properties;
        }

        /**
         * Properties of a CancelRequest.
         * @deprecated Use weft.v1.CancelRequest.$Properties instead.
         */
        interface ICancelRequest extends weft.v1.CancelRequest.$Properties {
        }

        /** Represents a CancelRequest. */
        class CancelRequest {

            /**
             * Constructs a new CancelRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.CancelRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelRequest runId. */
            runId: string;

            /** CancelRequest reason. */
            reason: string;

            /**
             * Creates a new CancelRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelRequest instance
             */
            static create(properties: weft.v1.CancelRequest.$Shape): weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape;
            static create(properties?: weft.v1.CancelRequest.$Properties): weft.v1.CancelRequest;

            /**
             * Encodes the specified CancelRequest message. Does not implicitly {@link weft.v1.CancelRequest.verify|verify} messages.
             * @param message CancelRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.CancelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CancelRequest message, length delimited. Does not implicitly {@link weft.v1.CancelRequest.verify|verify} messages.
             * @param message CancelRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.CancelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape} CancelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape;

            /**
             * Decodes a CancelRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape} CancelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape;

            /**
             * Creates a CancelRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelRequest
             */
            static fromObject(object: { [k: string]: any }): weft.v1.CancelRequest;

            /**
             * Creates a plain object from a CancelRequest message. Also converts values to other types if specified.
             * @param message CancelRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.CancelRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CancelRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelRequest {

            /** Properties of a CancelRequest. */
            interface $Properties {

                /** CancelRequest runId */
                runId?: (string|null);

                /** CancelRequest reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelRequest. */
            type $Shape = weft.v1.CancelRequest.$Properties;
        }

        /**
         * Properties of a CancelReply.
         * @deprecated Use weft.v1.CancelReply.$Properties instead.
         */
        interface ICancelReply extends weft.v1.CancelReply.$Properties {
        }

        /** Represents a CancelReply. */
        class CancelReply {

            /**
             * Constructs a new CancelReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.CancelReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelReply ok. */
            ok: boolean;

            /** CancelReply error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /**
             * Creates a new CancelReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelReply instance
             */
            static create(properties: weft.v1.CancelReply.$Shape): weft.v1.CancelReply & weft.v1.CancelReply.$Shape;
            static create(properties?: weft.v1.CancelReply.$Properties): weft.v1.CancelReply;

            /**
             * Encodes the specified CancelReply message. Does not implicitly {@link weft.v1.CancelReply.verify|verify} messages.
             * @param message CancelReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.CancelReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CancelReply message, length delimited. Does not implicitly {@link weft.v1.CancelReply.verify|verify} messages.
             * @param message CancelReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.CancelReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.CancelReply & weft.v1.CancelReply.$Shape} CancelReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.CancelReply & weft.v1.CancelReply.$Shape;

            /**
             * Decodes a CancelReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.CancelReply & weft.v1.CancelReply.$Shape} CancelReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.CancelReply & weft.v1.CancelReply.$Shape;

            /**
             * Creates a CancelReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelReply
             */
            static fromObject(object: { [k: string]: any }): weft.v1.CancelReply;

            /**
             * Creates a plain object from a CancelReply message. Also converts values to other types if specified.
             * @param message CancelReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.CancelReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CancelReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelReply {

            /** Properties of a CancelReply. */
            interface $Properties {

                /** CancelReply ok */
                ok?: (boolean|null);

                /** CancelReply error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelReply. */
            type $Shape = weft.v1.CancelReply.$Properties;
        }

        /**
         * Properties of a Placement.
         * @deprecated Use weft.v1.Placement.$Properties instead.
         */
        interface IPlacement extends weft.v1.Placement.$Properties {
        }

        /** Represents a Placement. */
        class Placement {

            /**
             * Constructs a new Placement.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.Placement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Placement workers. */
            workers: string[];

            /** Placement nodeWorker. */
            nodeWorker: { [k: string]: number };

            /** Placement mapWeights. */
            mapWeights: number[];

            /** Placement strategy. */
            strategy: string;

            /** Placement nodeMemoryBytes. */
            nodeMemoryBytes: { [k: string]: number };

            /** Placement stageBaseWorkers. */
            stageBaseWorkers: string[];

            /** Placement stageBaseWeights. */
            stageBaseWeights: number[];

            /**
             * Creates a new Placement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Placement instance
             */
            static create(properties: weft.v1.Placement.$Shape): weft.v1.Placement & weft.v1.Placement.$Shape;
            static create(properties?: weft.v1.Placement.$Properties): weft.v1.Placement;

            /**
             * Encodes the specified Placement message. Does not implicitly {@link weft.v1.Placement.verify|verify} messages.
             * @param message Placement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.Placement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Placement message, length delimited. Does not implicitly {@link weft.v1.Placement.verify|verify} messages.
             * @param message Placement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.Placement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Placement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.Placement & weft.v1.Placement.$Shape} Placement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.Placement & weft.v1.Placement.$Shape;

            /**
             * Decodes a Placement message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.Placement & weft.v1.Placement.$Shape} Placement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.Placement & weft.v1.Placement.$Shape;

            /**
             * Creates a Placement message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Placement
             */
            static fromObject(object: { [k: string]: any }): weft.v1.Placement;

            /**
             * Creates a plain object from a Placement message. Also converts values to other types if specified.
             * @param message Placement
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.Placement, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Placement to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Placement
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Placement {

            /** Properties of a Placement. */
            interface $Properties {

                /** Placement workers */
                workers?: (string[]|null);

                /** Placement nodeWorker */
                nodeWorker?: ({ [k: string]: number }|null);

                /** Placement mapWeights */
                mapWeights?: (number[]|null);

                /** Placement strategy */
                strategy?: (string|null);

                /** Placement nodeMemoryBytes */
                nodeMemoryBytes?: ({ [k: string]: number }|null);

                /** Placement stageBaseWorkers */
                stageBaseWorkers?: (string[]|null);

                /** Placement stageBaseWeights */
                stageBaseWeights?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Placement. */
            type $Shape = weft.v1.Placement.$Properties;
        }

        /**
         * Properties of a StartRun.
         * @deprecated Use weft.v1.StartRun.$Properties instead.
         */
        interface IStartRun extends weft.v1.StartRun.$Properties {
        }

        /** Represents a StartRun. */
        class StartRun {

            /**
             * Constructs a new StartRun.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.StartRun.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartRun runId. */
            runId: string;

            /** StartRun graph. */
            graph?: (weft.v1.WorkflowGraph.$Properties|null);

            /** StartRun bundleHash. */
            bundleHash: string;

            /** StartRun inputJson. */
            inputJson: string;

            /** StartRun placement. */
            placement?: (weft.v1.Placement.$Properties|null);

            /** StartRun epoch. */
            epoch: number;

            /** StartRun recovered. */
            recovered: string[];

            /** StartRun done. */
            done: string[];

            /** StartRun origin. */
            origin?: (weft.v1.RunOrigin.$Properties|null);

            /** StartRun resync. */
            resync: boolean;

            /** StartRun owner. */
            owner: string;

            /** StartRun express. */
            express: boolean;

            /**
             * Creates a new StartRun instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartRun instance
             */
            static create(properties: weft.v1.StartRun.$Shape): weft.v1.StartRun & weft.v1.StartRun.$Shape;
            static create(properties?: weft.v1.StartRun.$Properties): weft.v1.StartRun;

            /**
             * Encodes the specified StartRun message. Does not implicitly {@link weft.v1.StartRun.verify|verify} messages.
             * @param message StartRun message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.StartRun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StartRun message, length delimited. Does not implicitly {@link weft.v1.StartRun.verify|verify} messages.
             * @param message StartRun message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.StartRun.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartRun message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.StartRun & weft.v1.StartRun.$Shape} StartRun
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.StartRun & weft.v1.StartRun.$Shape;

            /**
             * Decodes a StartRun message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.StartRun & weft.v1.StartRun.$Shape} StartRun
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.StartRun & weft.v1.StartRun.$Shape;

            /**
             * Creates a StartRun message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartRun
             */
            static fromObject(object: { [k: string]: any }): weft.v1.StartRun;

            /**
             * Creates a plain object from a StartRun message. Also converts values to other types if specified.
             * @param message StartRun
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.StartRun, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartRun to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartRun
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartRun {

            /** Properties of a StartRun. */
            interface $Properties {

                /** StartRun runId */
                runId?: (string|null);

                /** StartRun graph */
                graph?: (weft.v1.WorkflowGraph.$Properties|null);

                /** StartRun bundleHash */
                bundleHash?: (string|null);

                /** StartRun inputJson */
                inputJson?: (string|null);

                /** StartRun placement */
                placement?: (weft.v1.Placement.$Properties|null);

                /** StartRun epoch */
                epoch?: (number|null);

                /** StartRun recovered */
                recovered?: (string[]|null);

                /** StartRun done */
                done?: (string[]|null);

                /** StartRun origin */
                origin?: (weft.v1.RunOrigin.$Properties|null);

                /** StartRun resync */
                resync?: (boolean|null);

                /** StartRun owner */
                owner?: (string|null);

                /** StartRun express */
                express?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartRun. */
            type $Shape = weft.v1.StartRun.$Properties;
        }

        /**
         * Properties of a StartRunReply.
         * @deprecated Use weft.v1.StartRunReply.$Properties instead.
         */
        interface IStartRunReply extends weft.v1.StartRunReply.$Properties {
        }

        /** Represents a StartRunReply. */
        class StartRunReply {

            /**
             * Constructs a new StartRunReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.StartRunReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartRunReply worker. */
            worker: string;

            /** StartRunReply error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /** StartRunReply missing. */
            missing: string[];

            /** StartRunReply held. */
            held: boolean;

            /**
             * Creates a new StartRunReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartRunReply instance
             */
            static create(properties: weft.v1.StartRunReply.$Shape): weft.v1.StartRunReply & weft.v1.StartRunReply.$Shape;
            static create(properties?: weft.v1.StartRunReply.$Properties): weft.v1.StartRunReply;

            /**
             * Encodes the specified StartRunReply message. Does not implicitly {@link weft.v1.StartRunReply.verify|verify} messages.
             * @param message StartRunReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.StartRunReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StartRunReply message, length delimited. Does not implicitly {@link weft.v1.StartRunReply.verify|verify} messages.
             * @param message StartRunReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.StartRunReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartRunReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.StartRunReply & weft.v1.StartRunReply.$Shape} StartRunReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.StartRunReply & weft.v1.StartRunReply.$Shape;

            /**
             * Decodes a StartRunReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.StartRunReply & weft.v1.StartRunReply.$Shape} StartRunReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.StartRunReply & weft.v1.StartRunReply.$Shape;

            /**
             * Creates a StartRunReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartRunReply
             */
            static fromObject(object: { [k: string]: any }): weft.v1.StartRunReply;

            /**
             * Creates a plain object from a StartRunReply message. Also converts values to other types if specified.
             * @param message StartRunReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.StartRunReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartRunReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartRunReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartRunReply {

            /** Properties of a StartRunReply. */
            interface $Properties {

                /** StartRunReply worker */
                worker?: (string|null);

                /** StartRunReply error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** StartRunReply missing */
                missing?: (string[]|null);

                /** StartRunReply held */
                held?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartRunReply. */
            type $Shape = weft.v1.StartRunReply.$Properties;
        }

        /**
         * Properties of a RunControl.
         * @deprecated Use weft.v1.RunControl.$Properties instead.
         */
        interface IRunControl extends weft.v1.RunControl.$Properties {
        }

        /** Represents a RunControl. */
        class RunControl {

            /**
             * Constructs a new RunControl.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.RunControl.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunControl runId. */
            runId: string;

            /** RunControl action. */
            action: weft.v1.RunControl.Action;

            /** RunControl reason. */
            reason: string;

            /** RunControl epoch. */
            epoch: number;

            /** RunControl placement. */
            placement?: (weft.v1.Placement.$Properties|null);

            /**
             * Creates a new RunControl instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunControl instance
             */
            static create(properties: weft.v1.RunControl.$Shape): weft.v1.RunControl & weft.v1.RunControl.$Shape;
            static create(properties?: weft.v1.RunControl.$Properties): weft.v1.RunControl;

            /**
             * Encodes the specified RunControl message. Does not implicitly {@link weft.v1.RunControl.verify|verify} messages.
             * @param message RunControl message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.RunControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunControl message, length delimited. Does not implicitly {@link weft.v1.RunControl.verify|verify} messages.
             * @param message RunControl message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.RunControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunControl message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.RunControl & weft.v1.RunControl.$Shape} RunControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.RunControl & weft.v1.RunControl.$Shape;

            /**
             * Decodes a RunControl message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.RunControl & weft.v1.RunControl.$Shape} RunControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.RunControl & weft.v1.RunControl.$Shape;

            /**
             * Creates a RunControl message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunControl
             */
            static fromObject(object: { [k: string]: any }): weft.v1.RunControl;

            /**
             * Creates a plain object from a RunControl message. Also converts values to other types if specified.
             * @param message RunControl
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.RunControl, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunControl to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunControl
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunControl {

            /** Properties of a RunControl. */
            interface $Properties {

                /** RunControl runId */
                runId?: (string|null);

                /** RunControl action */
                action?: (weft.v1.RunControl.Action|null);

                /** RunControl reason */
                reason?: (string|null);

                /** RunControl epoch */
                epoch?: (number|null);

                /** RunControl placement */
                placement?: (weft.v1.Placement.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunControl. */
            type $Shape = weft.v1.RunControl.$Properties;

            /** Action enum. */
            enum Action {

                /** ACTION_UNSPECIFIED value */
                ACTION_UNSPECIFIED = 0,

                /** ACTION_CANCEL value */
                ACTION_CANCEL = 1,

                /** ACTION_FORGET value */
                ACTION_FORGET = 2,

                /** ACTION_GROW value */
                ACTION_GROW = 3
            }
        }

        /**
         * Properties of a WorkerHeartbeat.
         * @deprecated Use weft.v1.WorkerHeartbeat.$Properties instead.
         */
        interface IWorkerHeartbeat extends weft.v1.WorkerHeartbeat.$Properties {
        }

        /** Represents a WorkerHeartbeat. */
        class WorkerHeartbeat {

            /**
             * Constructs a new WorkerHeartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.WorkerHeartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerHeartbeat name. */
            name: string;

            /** WorkerHeartbeat slots. */
            slots: number;

            /** WorkerHeartbeat running. */
            running: number;

            /** WorkerHeartbeat pid. */
            pid: number;

            /** WorkerHeartbeat host. */
            host: string;

            /** WorkerHeartbeat startedAtMs. */
            startedAtMs: number;

            /** WorkerHeartbeat sentAtMs. */
            sentAtMs: number;

            /** WorkerHeartbeat storeRefused. */
            storeRefused: string;

            /** WorkerHeartbeat memoryBytes. */
            memoryBytes: number;

            /** WorkerHeartbeat draining. */
            draining: boolean;

            /** WorkerHeartbeat leaving. */
            leaving: boolean;

            /** WorkerHeartbeat unfinishedRuns. */
            unfinishedRuns: string[];

            /** WorkerHeartbeat directRuns. */
            directRuns: number;

            /**
             * Creates a new WorkerHeartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerHeartbeat instance
             */
            static create(properties: weft.v1.WorkerHeartbeat.$Shape): weft.v1.WorkerHeartbeat & weft.v1.WorkerHeartbeat.$Shape;
            static create(properties?: weft.v1.WorkerHeartbeat.$Properties): weft.v1.WorkerHeartbeat;

            /**
             * Encodes the specified WorkerHeartbeat message. Does not implicitly {@link weft.v1.WorkerHeartbeat.verify|verify} messages.
             * @param message WorkerHeartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.WorkerHeartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerHeartbeat message, length delimited. Does not implicitly {@link weft.v1.WorkerHeartbeat.verify|verify} messages.
             * @param message WorkerHeartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.WorkerHeartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerHeartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.WorkerHeartbeat & weft.v1.WorkerHeartbeat.$Shape} WorkerHeartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.WorkerHeartbeat & weft.v1.WorkerHeartbeat.$Shape;

            /**
             * Decodes a WorkerHeartbeat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.WorkerHeartbeat & weft.v1.WorkerHeartbeat.$Shape} WorkerHeartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.WorkerHeartbeat & weft.v1.WorkerHeartbeat.$Shape;

            /**
             * Creates a WorkerHeartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerHeartbeat
             */
            static fromObject(object: { [k: string]: any }): weft.v1.WorkerHeartbeat;

            /**
             * Creates a plain object from a WorkerHeartbeat message. Also converts values to other types if specified.
             * @param message WorkerHeartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.WorkerHeartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerHeartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerHeartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerHeartbeat {

            /** Properties of a WorkerHeartbeat. */
            interface $Properties {

                /** WorkerHeartbeat name */
                name?: (string|null);

                /** WorkerHeartbeat slots */
                slots?: (number|null);

                /** WorkerHeartbeat running */
                running?: (number|null);

                /** WorkerHeartbeat pid */
                pid?: (number|null);

                /** WorkerHeartbeat host */
                host?: (string|null);

                /** WorkerHeartbeat startedAtMs */
                startedAtMs?: (number|null);

                /** WorkerHeartbeat sentAtMs */
                sentAtMs?: (number|null);

                /** WorkerHeartbeat storeRefused */
                storeRefused?: (string|null);

                /** WorkerHeartbeat memoryBytes */
                memoryBytes?: (number|null);

                /** WorkerHeartbeat draining */
                draining?: (boolean|null);

                /** WorkerHeartbeat leaving */
                leaving?: (boolean|null);

                /** WorkerHeartbeat unfinishedRuns */
                unfinishedRuns?: (string[]|null);

                /** WorkerHeartbeat directRuns */
                directRuns?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerHeartbeat. */
            type $Shape = weft.v1.WorkerHeartbeat.$Properties;
        }

        /**
         * Properties of a TaskEvent.
         * @deprecated Use weft.v1.TaskEvent.$Properties instead.
         */
        interface ITaskEvent extends weft.v1.TaskEvent.$Properties {
        }

        /** Represents a TaskEvent. */
        class TaskEvent {

            /**
             * Constructs a new TaskEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.TaskEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskEvent taskId. */
            taskId: string;

            /** TaskEvent node. */
            node: string;

            /** TaskEvent index. */
            index: number;

            /** TaskEvent from. */
            from: string;

            /** TaskEvent to. */
            to: string;

            /** TaskEvent worker. */
            worker: string;

            /** TaskEvent attempt. */
            attempt: number;

            /** TaskEvent atMs. */
            atMs: number;

            /** TaskEvent durationMs. */
            durationMs: number;

            /** TaskEvent error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /** TaskEvent epoch. */
            epoch: number;

            /** TaskEvent absorbed. */
            absorbed: boolean;

            /** TaskEvent measured. */
            measured: boolean;

            /** TaskEvent cpuMs. */
            cpuMs: number;

            /** TaskEvent heapGrowthBytes. */
            heapGrowthBytes: number;

            /** TaskEvent memoryMbS. */
            memoryMbS: number;

            /** TaskEvent outputBytes. */
            outputBytes: number;

            /**
             * Creates a new TaskEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskEvent instance
             */
            static create(properties: weft.v1.TaskEvent.$Shape): weft.v1.TaskEvent & weft.v1.TaskEvent.$Shape;
            static create(properties?: weft.v1.TaskEvent.$Properties): weft.v1.TaskEvent;

            /**
             * Encodes the specified TaskEvent message. Does not implicitly {@link weft.v1.TaskEvent.verify|verify} messages.
             * @param message TaskEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.TaskEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskEvent message, length delimited. Does not implicitly {@link weft.v1.TaskEvent.verify|verify} messages.
             * @param message TaskEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.TaskEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.TaskEvent & weft.v1.TaskEvent.$Shape} TaskEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TaskEvent & weft.v1.TaskEvent.$Shape;

            /**
             * Decodes a TaskEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.TaskEvent & weft.v1.TaskEvent.$Shape} TaskEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.TaskEvent & weft.v1.TaskEvent.$Shape;

            /**
             * Creates a TaskEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskEvent
             */
            static fromObject(object: { [k: string]: any }): weft.v1.TaskEvent;

            /**
             * Creates a plain object from a TaskEvent message. Also converts values to other types if specified.
             * @param message TaskEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.TaskEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskEvent {

            /** Properties of a TaskEvent. */
            interface $Properties {

                /** TaskEvent taskId */
                taskId?: (string|null);

                /** TaskEvent node */
                node?: (string|null);

                /** TaskEvent index */
                index?: (number|null);

                /** TaskEvent from */
                from?: (string|null);

                /** TaskEvent to */
                to?: (string|null);

                /** TaskEvent worker */
                worker?: (string|null);

                /** TaskEvent attempt */
                attempt?: (number|null);

                /** TaskEvent atMs */
                atMs?: (number|null);

                /** TaskEvent durationMs */
                durationMs?: (number|null);

                /** TaskEvent error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** TaskEvent epoch */
                epoch?: (number|null);

                /** TaskEvent absorbed */
                absorbed?: (boolean|null);

                /** TaskEvent measured */
                measured?: (boolean|null);

                /** TaskEvent cpuMs */
                cpuMs?: (number|null);

                /** TaskEvent heapGrowthBytes */
                heapGrowthBytes?: (number|null);

                /** TaskEvent memoryMbS */
                memoryMbS?: (number|null);

                /** TaskEvent outputBytes */
                outputBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskEvent. */
            type $Shape = weft.v1.TaskEvent.$Properties;
        }

        /**
         * Properties of a RunEvent.
         * @deprecated Use weft.v1.RunEvent.$Properties instead.
         */
        interface IRunEvent extends weft.v1.RunEvent.$Properties {
        }

        /** Represents a RunEvent. */
        class RunEvent {

            /**
             * Constructs a new RunEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.RunEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunEvent from. */
            from: string;

            /** RunEvent to. */
            to: string;

            /** RunEvent atMs. */
            atMs: number;

            /** RunEvent error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /** RunEvent resultJson. */
            resultJson: string;

            /** RunEvent workflow. */
            workflow: string;

            /** RunEvent edges. */
            edges: weft.v1.EdgeStats.$Properties[];

            /** RunEvent cost. */
            cost?: (weft.v1.RunCost.$Properties|null);

            /** RunEvent resultWorker. */
            resultWorker: string;

            /** RunEvent accounting. */
            accounting?: (weft.v1.CompactAccounting.$Properties|null);

            /**
             * Creates a new RunEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunEvent instance
             */
            static create(properties: weft.v1.RunEvent.$Shape): weft.v1.RunEvent & weft.v1.RunEvent.$Shape;
            static create(properties?: weft.v1.RunEvent.$Properties): weft.v1.RunEvent;

            /**
             * Encodes the specified RunEvent message. Does not implicitly {@link weft.v1.RunEvent.verify|verify} messages.
             * @param message RunEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.RunEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunEvent message, length delimited. Does not implicitly {@link weft.v1.RunEvent.verify|verify} messages.
             * @param message RunEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.RunEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.RunEvent & weft.v1.RunEvent.$Shape} RunEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.RunEvent & weft.v1.RunEvent.$Shape;

            /**
             * Decodes a RunEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.RunEvent & weft.v1.RunEvent.$Shape} RunEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.RunEvent & weft.v1.RunEvent.$Shape;

            /**
             * Creates a RunEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunEvent
             */
            static fromObject(object: { [k: string]: any }): weft.v1.RunEvent;

            /**
             * Creates a plain object from a RunEvent message. Also converts values to other types if specified.
             * @param message RunEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.RunEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunEvent {

            /** Properties of a RunEvent. */
            interface $Properties {

                /** RunEvent from */
                from?: (string|null);

                /** RunEvent to */
                to?: (string|null);

                /** RunEvent atMs */
                atMs?: (number|null);

                /** RunEvent error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** RunEvent resultJson */
                resultJson?: (string|null);

                /** RunEvent workflow */
                workflow?: (string|null);

                /** RunEvent edges */
                edges?: (weft.v1.EdgeStats.$Properties[]|null);

                /** RunEvent cost */
                cost?: (weft.v1.RunCost.$Properties|null);

                /** RunEvent resultWorker */
                resultWorker?: (string|null);

                /** RunEvent accounting */
                accounting?: (weft.v1.CompactAccounting.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunEvent. */
            type $Shape = weft.v1.RunEvent.$Properties;
        }

        /**
         * Properties of a CompactColumn.
         * @deprecated Use weft.v1.CompactColumn.$Properties instead.
         */
        interface ICompactColumn extends weft.v1.CompactColumn.$Properties {
        }

        /** Represents a CompactColumn. */
        class CompactColumn {

            /**
             * Constructs a new CompactColumn.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.CompactColumn.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompactColumn fill. */
            fill: number;

            /** CompactColumn at. */
            at: number[];

            /** CompactColumn values. */
            values: number[];

            /**
             * Creates a new CompactColumn instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CompactColumn instance
             */
            static create(properties: weft.v1.CompactColumn.$Shape): weft.v1.CompactColumn & weft.v1.CompactColumn.$Shape;
            static create(properties?: weft.v1.CompactColumn.$Properties): weft.v1.CompactColumn;

            /**
             * Encodes the specified CompactColumn message. Does not implicitly {@link weft.v1.CompactColumn.verify|verify} messages.
             * @param message CompactColumn message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.CompactColumn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CompactColumn message, length delimited. Does not implicitly {@link weft.v1.CompactColumn.verify|verify} messages.
             * @param message CompactColumn message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.CompactColumn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompactColumn message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.CompactColumn & weft.v1.CompactColumn.$Shape} CompactColumn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.CompactColumn & weft.v1.CompactColumn.$Shape;

            /**
             * Decodes a CompactColumn message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.CompactColumn & weft.v1.CompactColumn.$Shape} CompactColumn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.CompactColumn & weft.v1.CompactColumn.$Shape;

            /**
             * Creates a CompactColumn message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CompactColumn
             */
            static fromObject(object: { [k: string]: any }): weft.v1.CompactColumn;

            /**
             * Creates a plain object from a CompactColumn message. Also converts values to other types if specified.
             * @param message CompactColumn
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.CompactColumn, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CompactColumn to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CompactColumn
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompactColumn {

            /** Properties of a CompactColumn. */
            interface $Properties {

                /** CompactColumn fill */
                fill?: (number|null);

                /** CompactColumn at */
                at?: (number[]|null);

                /** CompactColumn values */
                values?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompactColumn. */
            type $Shape = weft.v1.CompactColumn.$Properties;
        }

        /**
         * Properties of a CompactAccounting.
         * @deprecated Use weft.v1.CompactAccounting.$Properties instead.
         */
        interface ICompactAccounting extends weft.v1.CompactAccounting.$Properties {
        }

        /** Represents a CompactAccounting. */
        class CompactAccounting {

            /**
             * Constructs a new CompactAccounting.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.CompactAccounting.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompactAccounting names. */
            names: string[];

            /** CompactAccounting edgeFrom. */
            edgeFrom: number[];

            /** CompactAccounting edgeTo. */
            edgeTo: number[];

            /** CompactAccounting records. */
            records?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting natsMsgs. */
            natsMsgs?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting natsBytes. */
            natsBytes?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting localRecords. */
            localRecords?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting localBytes. */
            localBytes?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting costNode. */
            costNode: number[];

            /** CompactAccounting attempts. */
            attempts?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting measured. */
            measured?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting durationMs. */
            durationMs?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting billedMs. */
            billedMs?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting cpuMs. */
            cpuMs?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting memoryMbS. */
            memoryMbS?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting heapGrowthBytes. */
            heapGrowthBytes?: (weft.v1.CompactColumn.$Properties|null);

            /** CompactAccounting outputBytes. */
            outputBytes?: (weft.v1.CompactColumn.$Properties|null);

            /**
             * Creates a new CompactAccounting instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CompactAccounting instance
             */
            static create(properties: weft.v1.CompactAccounting.$Shape): weft.v1.CompactAccounting & weft.v1.CompactAccounting.$Shape;
            static create(properties?: weft.v1.CompactAccounting.$Properties): weft.v1.CompactAccounting;

            /**
             * Encodes the specified CompactAccounting message. Does not implicitly {@link weft.v1.CompactAccounting.verify|verify} messages.
             * @param message CompactAccounting message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.CompactAccounting.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CompactAccounting message, length delimited. Does not implicitly {@link weft.v1.CompactAccounting.verify|verify} messages.
             * @param message CompactAccounting message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.CompactAccounting.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompactAccounting message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.CompactAccounting & weft.v1.CompactAccounting.$Shape} CompactAccounting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.CompactAccounting & weft.v1.CompactAccounting.$Shape;

            /**
             * Decodes a CompactAccounting message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.CompactAccounting & weft.v1.CompactAccounting.$Shape} CompactAccounting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.CompactAccounting & weft.v1.CompactAccounting.$Shape;

            /**
             * Creates a CompactAccounting message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CompactAccounting
             */
            static fromObject(object: { [k: string]: any }): weft.v1.CompactAccounting;

            /**
             * Creates a plain object from a CompactAccounting message. Also converts values to other types if specified.
             * @param message CompactAccounting
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.CompactAccounting, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CompactAccounting to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CompactAccounting
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompactAccounting {

            /** Properties of a CompactAccounting. */
            interface $Properties {

                /** CompactAccounting names */
                names?: (string[]|null);

                /** CompactAccounting edgeFrom */
                edgeFrom?: (number[]|null);

                /** CompactAccounting edgeTo */
                edgeTo?: (number[]|null);

                /** CompactAccounting records */
                records?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting natsMsgs */
                natsMsgs?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting natsBytes */
                natsBytes?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting localRecords */
                localRecords?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting localBytes */
                localBytes?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting costNode */
                costNode?: (number[]|null);

                /** CompactAccounting attempts */
                attempts?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting measured */
                measured?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting durationMs */
                durationMs?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting billedMs */
                billedMs?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting cpuMs */
                cpuMs?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting memoryMbS */
                memoryMbS?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting heapGrowthBytes */
                heapGrowthBytes?: (weft.v1.CompactColumn.$Properties|null);

                /** CompactAccounting outputBytes */
                outputBytes?: (weft.v1.CompactColumn.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompactAccounting. */
            type $Shape = weft.v1.CompactAccounting.$Properties;
        }

        /**
         * Properties of a UserLog.
         * @deprecated Use weft.v1.UserLog.$Properties instead.
         */
        interface IUserLog extends weft.v1.UserLog.$Properties {
        }

        /** Represents a UserLog. */
        class UserLog {

            /**
             * Constructs a new UserLog.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.UserLog.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserLog taskId. */
            taskId: string;

            /** UserLog worker. */
            worker: string;

            /** UserLog level. */
            level: string;

            /** UserLog message. */
            message: string;

            /** UserLog atMs. */
            atMs: number;

            /**
             * Creates a new UserLog instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserLog instance
             */
            static create(properties: weft.v1.UserLog.$Shape): weft.v1.UserLog & weft.v1.UserLog.$Shape;
            static create(properties?: weft.v1.UserLog.$Properties): weft.v1.UserLog;

            /**
             * Encodes the specified UserLog message. Does not implicitly {@link weft.v1.UserLog.verify|verify} messages.
             * @param message UserLog message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.UserLog.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UserLog message, length delimited. Does not implicitly {@link weft.v1.UserLog.verify|verify} messages.
             * @param message UserLog message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.UserLog.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserLog message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.UserLog & weft.v1.UserLog.$Shape} UserLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.UserLog & weft.v1.UserLog.$Shape;

            /**
             * Decodes a UserLog message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.UserLog & weft.v1.UserLog.$Shape} UserLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.UserLog & weft.v1.UserLog.$Shape;

            /**
             * Creates a UserLog message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserLog
             */
            static fromObject(object: { [k: string]: any }): weft.v1.UserLog;

            /**
             * Creates a plain object from a UserLog message. Also converts values to other types if specified.
             * @param message UserLog
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.UserLog, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserLog to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UserLog
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserLog {

            /** Properties of a UserLog. */
            interface $Properties {

                /** UserLog taskId */
                taskId?: (string|null);

                /** UserLog worker */
                worker?: (string|null);

                /** UserLog level */
                level?: (string|null);

                /** UserLog message */
                message?: (string|null);

                /** UserLog atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserLog. */
            type $Shape = weft.v1.UserLog.$Properties;
        }

        /**
         * Properties of a MapExpanded.
         * @deprecated Use weft.v1.MapExpanded.$Properties instead.
         */
        interface IMapExpanded extends weft.v1.MapExpanded.$Properties {
        }

        /** Represents a MapExpanded. */
        class MapExpanded {

            /**
             * Constructs a new MapExpanded.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.MapExpanded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MapExpanded node. */
            node: string;

            /** MapExpanded count. */
            count: number;

            /** MapExpanded atMs. */
            atMs: number;

            /**
             * Creates a new MapExpanded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MapExpanded instance
             */
            static create(properties: weft.v1.MapExpanded.$Shape): weft.v1.MapExpanded & weft.v1.MapExpanded.$Shape;
            static create(properties?: weft.v1.MapExpanded.$Properties): weft.v1.MapExpanded;

            /**
             * Encodes the specified MapExpanded message. Does not implicitly {@link weft.v1.MapExpanded.verify|verify} messages.
             * @param message MapExpanded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.MapExpanded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MapExpanded message, length delimited. Does not implicitly {@link weft.v1.MapExpanded.verify|verify} messages.
             * @param message MapExpanded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.MapExpanded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MapExpanded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.MapExpanded & weft.v1.MapExpanded.$Shape} MapExpanded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.MapExpanded & weft.v1.MapExpanded.$Shape;

            /**
             * Decodes a MapExpanded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.MapExpanded & weft.v1.MapExpanded.$Shape} MapExpanded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.MapExpanded & weft.v1.MapExpanded.$Shape;

            /**
             * Creates a MapExpanded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MapExpanded
             */
            static fromObject(object: { [k: string]: any }): weft.v1.MapExpanded;

            /**
             * Creates a plain object from a MapExpanded message. Also converts values to other types if specified.
             * @param message MapExpanded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.MapExpanded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MapExpanded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MapExpanded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MapExpanded {

            /** Properties of a MapExpanded. */
            interface $Properties {

                /** MapExpanded node */
                node?: (string|null);

                /** MapExpanded count */
                count?: (number|null);

                /** MapExpanded atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MapExpanded. */
            type $Shape = weft.v1.MapExpanded.$Properties;
        }

        /**
         * Properties of an EdgeStats.
         * @deprecated Use weft.v1.EdgeStats.$Properties instead.
         */
        interface IEdgeStats extends weft.v1.EdgeStats.$Properties {
        }

        /** Represents an EdgeStats. */
        class EdgeStats {

            /**
             * Constructs a new EdgeStats.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.EdgeStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EdgeStats from. */
            from: string;

            /** EdgeStats to. */
            to: string;

            /** EdgeStats records. */
            records: number;

            /** EdgeStats natsMsgs. */
            natsMsgs: number;

            /** EdgeStats natsBytes. */
            natsBytes: number;

            /** EdgeStats localRecords. */
            localRecords: number;

            /** EdgeStats localBytes. */
            localBytes: number;

            /**
             * Creates a new EdgeStats instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EdgeStats instance
             */
            static create(properties: weft.v1.EdgeStats.$Shape): weft.v1.EdgeStats & weft.v1.EdgeStats.$Shape;
            static create(properties?: weft.v1.EdgeStats.$Properties): weft.v1.EdgeStats;

            /**
             * Encodes the specified EdgeStats message. Does not implicitly {@link weft.v1.EdgeStats.verify|verify} messages.
             * @param message EdgeStats message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.EdgeStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EdgeStats message, length delimited. Does not implicitly {@link weft.v1.EdgeStats.verify|verify} messages.
             * @param message EdgeStats message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.EdgeStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EdgeStats message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.EdgeStats & weft.v1.EdgeStats.$Shape} EdgeStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.EdgeStats & weft.v1.EdgeStats.$Shape;

            /**
             * Decodes an EdgeStats message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.EdgeStats & weft.v1.EdgeStats.$Shape} EdgeStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.EdgeStats & weft.v1.EdgeStats.$Shape;

            /**
             * Creates an EdgeStats message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EdgeStats
             */
            static fromObject(object: { [k: string]: any }): weft.v1.EdgeStats;

            /**
             * Creates a plain object from an EdgeStats message. Also converts values to other types if specified.
             * @param message EdgeStats
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.EdgeStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EdgeStats to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EdgeStats
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EdgeStats {

            /** Properties of an EdgeStats. */
            interface $Properties {

                /** EdgeStats from */
                from?: (string|null);

                /** EdgeStats to */
                to?: (string|null);

                /** EdgeStats records */
                records?: (number|null);

                /** EdgeStats natsMsgs */
                natsMsgs?: (number|null);

                /** EdgeStats natsBytes */
                natsBytes?: (number|null);

                /** EdgeStats localRecords */
                localRecords?: (number|null);

                /** EdgeStats localBytes */
                localBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EdgeStats. */
            type $Shape = weft.v1.EdgeStats.$Properties;
        }

        /**
         * Properties of a MapBlockSucceeded.
         * @deprecated Use weft.v1.MapBlockSucceeded.$Properties instead.
         */
        interface IMapBlockSucceeded extends weft.v1.MapBlockSucceeded.$Properties {
        }

        /** Represents a MapBlockSucceeded. */
        class MapBlockSucceeded {

            /**
             * Constructs a new MapBlockSucceeded.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.MapBlockSucceeded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MapBlockSucceeded node. */
            node: string;

            /** MapBlockSucceeded worker. */
            worker: string;

            /** MapBlockSucceeded epoch. */
            epoch: number;

            /** MapBlockSucceeded start. */
            start: number;

            /** MapBlockSucceeded count. */
            count: number;

            /** MapBlockSucceeded firstAtMs. */
            firstAtMs: number;

            /** MapBlockSucceeded atMs. */
            atMs: number;

            /** MapBlockSucceeded durationMs. */
            durationMs: number;

            /** MapBlockSucceeded billedMs. */
            billedMs: number;

            /** MapBlockSucceeded measured. */
            measured: number;

            /** MapBlockSucceeded cpuMs. */
            cpuMs: number;

            /** MapBlockSucceeded heapGrowthBytes. */
            heapGrowthBytes: number;

            /** MapBlockSucceeded memoryMbS. */
            memoryMbS: number;

            /** MapBlockSucceeded outputBytes. */
            outputBytes: number;

            /**
             * Creates a new MapBlockSucceeded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MapBlockSucceeded instance
             */
            static create(properties: weft.v1.MapBlockSucceeded.$Shape): weft.v1.MapBlockSucceeded & weft.v1.MapBlockSucceeded.$Shape;
            static create(properties?: weft.v1.MapBlockSucceeded.$Properties): weft.v1.MapBlockSucceeded;

            /**
             * Encodes the specified MapBlockSucceeded message. Does not implicitly {@link weft.v1.MapBlockSucceeded.verify|verify} messages.
             * @param message MapBlockSucceeded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.MapBlockSucceeded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MapBlockSucceeded message, length delimited. Does not implicitly {@link weft.v1.MapBlockSucceeded.verify|verify} messages.
             * @param message MapBlockSucceeded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.MapBlockSucceeded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MapBlockSucceeded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.MapBlockSucceeded & weft.v1.MapBlockSucceeded.$Shape} MapBlockSucceeded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.MapBlockSucceeded & weft.v1.MapBlockSucceeded.$Shape;

            /**
             * Decodes a MapBlockSucceeded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.MapBlockSucceeded & weft.v1.MapBlockSucceeded.$Shape} MapBlockSucceeded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.MapBlockSucceeded & weft.v1.MapBlockSucceeded.$Shape;

            /**
             * Creates a MapBlockSucceeded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MapBlockSucceeded
             */
            static fromObject(object: { [k: string]: any }): weft.v1.MapBlockSucceeded;

            /**
             * Creates a plain object from a MapBlockSucceeded message. Also converts values to other types if specified.
             * @param message MapBlockSucceeded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.MapBlockSucceeded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MapBlockSucceeded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MapBlockSucceeded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MapBlockSucceeded {

            /** Properties of a MapBlockSucceeded. */
            interface $Properties {

                /** MapBlockSucceeded node */
                node?: (string|null);

                /** MapBlockSucceeded worker */
                worker?: (string|null);

                /** MapBlockSucceeded epoch */
                epoch?: (number|null);

                /** MapBlockSucceeded start */
                start?: (number|null);

                /** MapBlockSucceeded count */
                count?: (number|null);

                /** MapBlockSucceeded firstAtMs */
                firstAtMs?: (number|null);

                /** MapBlockSucceeded atMs */
                atMs?: (number|null);

                /** MapBlockSucceeded durationMs */
                durationMs?: (number|null);

                /** MapBlockSucceeded billedMs */
                billedMs?: (number|null);

                /** MapBlockSucceeded measured */
                measured?: (number|null);

                /** MapBlockSucceeded cpuMs */
                cpuMs?: (number|null);

                /** MapBlockSucceeded heapGrowthBytes */
                heapGrowthBytes?: (number|null);

                /** MapBlockSucceeded memoryMbS */
                memoryMbS?: (number|null);

                /** MapBlockSucceeded outputBytes */
                outputBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MapBlockSucceeded. */
            type $Shape = weft.v1.MapBlockSucceeded.$Properties;
        }

        /**
         * Properties of a TaskSucceeded.
         * @deprecated Use weft.v1.TaskSucceeded.$Properties instead.
         */
        interface ITaskSucceeded extends weft.v1.TaskSucceeded.$Properties {
        }

        /** Represents a TaskSucceeded. */
        class TaskSucceeded {

            /**
             * Constructs a new TaskSucceeded.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.TaskSucceeded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskSucceeded node. */
            node: string;

            /** TaskSucceeded worker. */
            worker: string;

            /** TaskSucceeded epoch. */
            epoch: number;

            /** TaskSucceeded pendingMs. */
            pendingMs: number;

            /** TaskSucceeded readyAtMs. */
            readyAtMs: number;

            /** TaskSucceeded runningAtMs. */
            runningAtMs: number;

            /** TaskSucceeded atMs. */
            atMs: number;

            /** TaskSucceeded measured. */
            measured: boolean;

            /** TaskSucceeded cpuMs. */
            cpuMs: number;

            /** TaskSucceeded heapGrowthBytes. */
            heapGrowthBytes: number;

            /** TaskSucceeded memoryMbS. */
            memoryMbS: number;

            /** TaskSucceeded outputBytes. */
            outputBytes: number;

            /**
             * Creates a new TaskSucceeded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskSucceeded instance
             */
            static create(properties: weft.v1.TaskSucceeded.$Shape): weft.v1.TaskSucceeded & weft.v1.TaskSucceeded.$Shape;
            static create(properties?: weft.v1.TaskSucceeded.$Properties): weft.v1.TaskSucceeded;

            /**
             * Encodes the specified TaskSucceeded message. Does not implicitly {@link weft.v1.TaskSucceeded.verify|verify} messages.
             * @param message TaskSucceeded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.TaskSucceeded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskSucceeded message, length delimited. Does not implicitly {@link weft.v1.TaskSucceeded.verify|verify} messages.
             * @param message TaskSucceeded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.TaskSucceeded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskSucceeded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.TaskSucceeded & weft.v1.TaskSucceeded.$Shape} TaskSucceeded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TaskSucceeded & weft.v1.TaskSucceeded.$Shape;

            /**
             * Decodes a TaskSucceeded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.TaskSucceeded & weft.v1.TaskSucceeded.$Shape} TaskSucceeded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.TaskSucceeded & weft.v1.TaskSucceeded.$Shape;

            /**
             * Creates a TaskSucceeded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskSucceeded
             */
            static fromObject(object: { [k: string]: any }): weft.v1.TaskSucceeded;

            /**
             * Creates a plain object from a TaskSucceeded message. Also converts values to other types if specified.
             * @param message TaskSucceeded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.TaskSucceeded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskSucceeded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskSucceeded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskSucceeded {

            /** Properties of a TaskSucceeded. */
            interface $Properties {

                /** TaskSucceeded node */
                node?: (string|null);

                /** TaskSucceeded worker */
                worker?: (string|null);

                /** TaskSucceeded epoch */
                epoch?: (number|null);

                /** TaskSucceeded pendingMs */
                pendingMs?: (number|null);

                /** TaskSucceeded readyAtMs */
                readyAtMs?: (number|null);

                /** TaskSucceeded runningAtMs */
                runningAtMs?: (number|null);

                /** TaskSucceeded atMs */
                atMs?: (number|null);

                /** TaskSucceeded measured */
                measured?: (boolean|null);

                /** TaskSucceeded cpuMs */
                cpuMs?: (number|null);

                /** TaskSucceeded heapGrowthBytes */
                heapGrowthBytes?: (number|null);

                /** TaskSucceeded memoryMbS */
                memoryMbS?: (number|null);

                /** TaskSucceeded outputBytes */
                outputBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskSucceeded. */
            type $Shape = weft.v1.TaskSucceeded.$Properties;
        }

        /**
         * Properties of a LogEntry.
         * @deprecated Use weft.v1.LogEntry.$Properties instead.
         */
        interface ILogEntry extends weft.v1.LogEntry.$Properties {
        }

        /** Represents a LogEntry. */
        class LogEntry {

            /**
             * Constructs a new LogEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.LogEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogEntry task. */
            task?: (weft.v1.TaskEvent.$Properties|null);

            /** LogEntry run. */
            run?: (weft.v1.RunEvent.$Properties|null);

            /** LogEntry log. */
            log?: (weft.v1.UserLog.$Properties|null);

            /** LogEntry expanded. */
            expanded?: (weft.v1.MapExpanded.$Properties|null);

            /** LogEntry edge. */
            edge?: (weft.v1.EdgeStats.$Properties|null);

            /** LogEntry block. */
            block?: (weft.v1.MapBlockSucceeded.$Properties|null);

            /** LogEntry succeeded. */
            succeeded?: (weft.v1.TaskSucceeded.$Properties|null);

            /** LogEntry result. */
            result?: (weft.v1.ExpressResult.$Properties|null);

            /** LogEntry directEnd. */
            directEnd?: (weft.v1.DirectEnd.$Properties|null);

            /** LogEntry entry. */
            entry?: ("task"|"run"|"log"|"expanded"|"edge"|"block"|"succeeded"|"result"|"directEnd");

            /**
             * Creates a new LogEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogEntry instance
             */
            static create(properties: weft.v1.LogEntry.$Shape): weft.v1.LogEntry & weft.v1.LogEntry.$Shape;
            static create(properties?: weft.v1.LogEntry.$Properties): weft.v1.LogEntry;

            /**
             * Encodes the specified LogEntry message. Does not implicitly {@link weft.v1.LogEntry.verify|verify} messages.
             * @param message LogEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.LogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LogEntry message, length delimited. Does not implicitly {@link weft.v1.LogEntry.verify|verify} messages.
             * @param message LogEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.LogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.LogEntry & weft.v1.LogEntry.$Shape} LogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.LogEntry & weft.v1.LogEntry.$Shape;

            /**
             * Decodes a LogEntry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.LogEntry & weft.v1.LogEntry.$Shape} LogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.LogEntry & weft.v1.LogEntry.$Shape;

            /**
             * Creates a LogEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogEntry
             */
            static fromObject(object: { [k: string]: any }): weft.v1.LogEntry;

            /**
             * Creates a plain object from a LogEntry message. Also converts values to other types if specified.
             * @param message LogEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.LogEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LogEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogEntry {

            /** Properties of a LogEntry. */
            interface $Properties {

                /** LogEntry task */
                task?: (weft.v1.TaskEvent.$Properties|null);

                /** LogEntry run */
                run?: (weft.v1.RunEvent.$Properties|null);

                /** LogEntry log */
                log?: (weft.v1.UserLog.$Properties|null);

                /** LogEntry expanded */
                expanded?: (weft.v1.MapExpanded.$Properties|null);

                /** LogEntry edge */
                edge?: (weft.v1.EdgeStats.$Properties|null);

                /** LogEntry block */
                block?: (weft.v1.MapBlockSucceeded.$Properties|null);

                /** LogEntry succeeded */
                succeeded?: (weft.v1.TaskSucceeded.$Properties|null);

                /** LogEntry result */
                result?: (weft.v1.ExpressResult.$Properties|null);

                /** LogEntry directEnd */
                directEnd?: (weft.v1.DirectEnd.$Properties|null);

                /** LogEntry entry */
                entry?: ("task"|"run"|"log"|"expanded"|"edge"|"block"|"succeeded"|"result"|"directEnd");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a LogEntry. */
            type $Shape = {
              task?: weft.v1.TaskEvent.$Shape|null;
              run?: weft.v1.RunEvent.$Shape|null;
              log?: weft.v1.UserLog.$Shape|null;
              expanded?: weft.v1.MapExpanded.$Shape|null;
              edge?: weft.v1.EdgeStats.$Shape|null;
              block?: weft.v1.MapBlockSucceeded.$Shape|null;
              succeeded?: weft.v1.TaskSucceeded.$Shape|null;
              result?: weft.v1.ExpressResult.$Shape|null;
              directEnd?: weft.v1.DirectEnd.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ entry?: undefined; task?: null; run?: null; log?: null; expanded?: null; edge?: null; block?: null; succeeded?: null; result?: null; directEnd?: null }|{ entry?: "task"; task: weft.v1.TaskEvent.$Shape; run?: null; log?: null; expanded?: null; edge?: null; block?: null; succeeded?: null; result?: null; directEnd?: null }|{ entry?: "run"; task?: null; run: weft.v1.RunEvent.$Shape; log?: null; expanded?: null; edge?: null; block?: null; succeeded?: null; result?: null; directEnd?: null }|{ entry?: "log"; task?: null; run?: null; log: weft.v1.UserLog.$Shape; expanded?: null; edge?: null; block?: null; succeeded?: null; result?: null; directEnd?: null }|{ entry?: "expanded"; task?: null; run?: null; log?: null; expanded: weft.v1.MapExpanded.$Shape; edge?: null; block?: null; succeeded?: null; result?: null; directEnd?: null }|{ entry?: "edge"; task?: null; run?: null; log?: null; expanded?: null; edge: weft.v1.EdgeStats.$Shape; block?: null; succeeded?: null; result?: null; directEnd?: null }|{ entry?: "block"; task?: null; run?: null; log?: null; expanded?: null; edge?: null; block: weft.v1.MapBlockSucceeded.$Shape; succeeded?: null; result?: null; directEnd?: null }|{ entry?: "succeeded"; task?: null; run?: null; log?: null; expanded?: null; edge?: null; block?: null; succeeded: weft.v1.TaskSucceeded.$Shape; result?: null; directEnd?: null }|{ entry?: "result"; task?: null; run?: null; log?: null; expanded?: null; edge?: null; block?: null; succeeded?: null; result: weft.v1.ExpressResult.$Shape; directEnd?: null }|{ entry?: "directEnd"; task?: null; run?: null; log?: null; expanded?: null; edge?: null; block?: null; succeeded?: null; result?: null; directEnd: weft.v1.DirectEnd.$Shape })
            );
        }

        /**
         * Properties of a DirectEnd.
         * @deprecated Use weft.v1.DirectEnd.$Properties instead.
         */
        interface IDirectEnd extends weft.v1.DirectEnd.$Properties {
        }

        /** Represents a DirectEnd. */
        class DirectEnd {

            /**
             * Constructs a new DirectEnd.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.DirectEnd.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DirectEnd error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /** DirectEnd atMs. */
            atMs: number;

            /** DirectEnd leaseId. */
            leaseId: string;

            /** DirectEnd origin. */
            origin?: (weft.v1.RunOrigin.$Properties|null);

            /** DirectEnd startedAtMs. */
            startedAtMs: number;

            /**
             * Creates a new DirectEnd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DirectEnd instance
             */
            static create(properties: weft.v1.DirectEnd.$Shape): weft.v1.DirectEnd & weft.v1.DirectEnd.$Shape;
            static create(properties?: weft.v1.DirectEnd.$Properties): weft.v1.DirectEnd;

            /**
             * Encodes the specified DirectEnd message. Does not implicitly {@link weft.v1.DirectEnd.verify|verify} messages.
             * @param message DirectEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.DirectEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DirectEnd message, length delimited. Does not implicitly {@link weft.v1.DirectEnd.verify|verify} messages.
             * @param message DirectEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.DirectEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DirectEnd message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.DirectEnd & weft.v1.DirectEnd.$Shape} DirectEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.DirectEnd & weft.v1.DirectEnd.$Shape;

            /**
             * Decodes a DirectEnd message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.DirectEnd & weft.v1.DirectEnd.$Shape} DirectEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.DirectEnd & weft.v1.DirectEnd.$Shape;

            /**
             * Creates a DirectEnd message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DirectEnd
             */
            static fromObject(object: { [k: string]: any }): weft.v1.DirectEnd;

            /**
             * Creates a plain object from a DirectEnd message. Also converts values to other types if specified.
             * @param message DirectEnd
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.DirectEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DirectEnd to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DirectEnd
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DirectEnd {

            /** Properties of a DirectEnd. */
            interface $Properties {

                /** DirectEnd error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** DirectEnd atMs */
                atMs?: (number|null);

                /** DirectEnd leaseId */
                leaseId?: (string|null);

                /** DirectEnd origin */
                origin?: (weft.v1.RunOrigin.$Properties|null);

                /** DirectEnd startedAtMs */
                startedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DirectEnd. */
            type $Shape = weft.v1.DirectEnd.$Properties;
        }

        /**
         * Properties of an ExpressResult.
         * @deprecated Use weft.v1.ExpressResult.$Properties instead.
         */
        interface IExpressResult extends weft.v1.ExpressResult.$Properties {
        }

        /** Represents an ExpressResult. */
        class ExpressResult {

            /**
             * Constructs a new ExpressResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.ExpressResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExpressResult node. */
            node: string;

            /** ExpressResult valueJson. */
            valueJson: string;

            /** ExpressResult atMs. */
            atMs: number;

            /** ExpressResult epoch. */
            epoch: number;

            /**
             * Creates a new ExpressResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExpressResult instance
             */
            static create(properties: weft.v1.ExpressResult.$Shape): weft.v1.ExpressResult & weft.v1.ExpressResult.$Shape;
            static create(properties?: weft.v1.ExpressResult.$Properties): weft.v1.ExpressResult;

            /**
             * Encodes the specified ExpressResult message. Does not implicitly {@link weft.v1.ExpressResult.verify|verify} messages.
             * @param message ExpressResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.ExpressResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExpressResult message, length delimited. Does not implicitly {@link weft.v1.ExpressResult.verify|verify} messages.
             * @param message ExpressResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.ExpressResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExpressResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.ExpressResult & weft.v1.ExpressResult.$Shape} ExpressResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ExpressResult & weft.v1.ExpressResult.$Shape;

            /**
             * Decodes an ExpressResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.ExpressResult & weft.v1.ExpressResult.$Shape} ExpressResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.ExpressResult & weft.v1.ExpressResult.$Shape;

            /**
             * Creates an ExpressResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExpressResult
             */
            static fromObject(object: { [k: string]: any }): weft.v1.ExpressResult;

            /**
             * Creates a plain object from an ExpressResult message. Also converts values to other types if specified.
             * @param message ExpressResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.ExpressResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExpressResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExpressResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExpressResult {

            /** Properties of an ExpressResult. */
            interface $Properties {

                /** ExpressResult node */
                node?: (string|null);

                /** ExpressResult valueJson */
                valueJson?: (string|null);

                /** ExpressResult atMs */
                atMs?: (number|null);

                /** ExpressResult epoch */
                epoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExpressResult. */
            type $Shape = weft.v1.ExpressResult.$Properties;
        }

        /**
         * Properties of a LogBatch.
         * @deprecated Use weft.v1.LogBatch.$Properties instead.
         */
        interface ILogBatch extends weft.v1.LogBatch.$Properties {
        }

        /** Represents a LogBatch. */
        class LogBatch {

            /**
             * Constructs a new LogBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.LogBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogBatch runId. */
            runId: string;

            /** LogBatch entries. */
            entries: weft.v1.LogEntry.$Properties[];

            /**
             * Creates a new LogBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogBatch instance
             */
            static create(properties: weft.v1.LogBatch.$Shape): weft.v1.LogBatch & weft.v1.LogBatch.$Shape;
            static create(properties?: weft.v1.LogBatch.$Properties): weft.v1.LogBatch;

            /**
             * Encodes the specified LogBatch message. Does not implicitly {@link weft.v1.LogBatch.verify|verify} messages.
             * @param message LogBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.LogBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LogBatch message, length delimited. Does not implicitly {@link weft.v1.LogBatch.verify|verify} messages.
             * @param message LogBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.LogBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.LogBatch & weft.v1.LogBatch.$Shape} LogBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.LogBatch & weft.v1.LogBatch.$Shape;

            /**
             * Decodes a LogBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.LogBatch & weft.v1.LogBatch.$Shape} LogBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.LogBatch & weft.v1.LogBatch.$Shape;

            /**
             * Creates a LogBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogBatch
             */
            static fromObject(object: { [k: string]: any }): weft.v1.LogBatch;

            /**
             * Creates a plain object from a LogBatch message. Also converts values to other types if specified.
             * @param message LogBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.LogBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LogBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogBatch {

            /** Properties of a LogBatch. */
            interface $Properties {

                /** LogBatch runId */
                runId?: (string|null);

                /** LogBatch entries */
                entries?: (weft.v1.LogEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogBatch. */
            type $Shape = {
              runId?: string|null;
              entries?: weft.v1.LogEntry.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /** ValueEncoding enum. */
        enum ValueEncoding {

            /** VALUE_ENCODING_UNSPECIFIED value */
            VALUE_ENCODING_UNSPECIFIED = 0,

            /** VALUE_ENCODING_V8 value */
            VALUE_ENCODING_V8 = 1,

            /** VALUE_ENCODING_JSON value */
            VALUE_ENCODING_JSON = 2
        }

        /**
         * Properties of a NodeValue.
         * @deprecated Use weft.v1.NodeValue.$Properties instead.
         */
        interface INodeValue extends weft.v1.NodeValue.$Properties {
        }

        /** Represents a NodeValue. */
        class NodeValue {

            /**
             * Constructs a new NodeValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.NodeValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeValue node. */
            node: string;

            /** NodeValue value. */
            value: Uint8Array;

            /** NodeValue encoding. */
            encoding: weft.v1.ValueEncoding;

            /**
             * Creates a new NodeValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeValue instance
             */
            static create(properties: weft.v1.NodeValue.$Shape): weft.v1.NodeValue & weft.v1.NodeValue.$Shape;
            static create(properties?: weft.v1.NodeValue.$Properties): weft.v1.NodeValue;

            /**
             * Encodes the specified NodeValue message. Does not implicitly {@link weft.v1.NodeValue.verify|verify} messages.
             * @param message NodeValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.NodeValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeValue message, length delimited. Does not implicitly {@link weft.v1.NodeValue.verify|verify} messages.
             * @param message NodeValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.NodeValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.NodeValue & weft.v1.NodeValue.$Shape} NodeValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.NodeValue & weft.v1.NodeValue.$Shape;

            /**
             * Decodes a NodeValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.NodeValue & weft.v1.NodeValue.$Shape} NodeValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.NodeValue & weft.v1.NodeValue.$Shape;

            /**
             * Creates a NodeValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeValue
             */
            static fromObject(object: { [k: string]: any }): weft.v1.NodeValue;

            /**
             * Creates a plain object from a NodeValue message. Also converts values to other types if specified.
             * @param message NodeValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.NodeValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeValue {

            /** Properties of a NodeValue. */
            interface $Properties {

                /** NodeValue node */
                node?: (string|null);

                /** NodeValue value */
                value?: (Uint8Array|null);

                /** NodeValue encoding */
                encoding?: (weft.v1.ValueEncoding|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeValue. */
            type $Shape = weft.v1.NodeValue.$Properties;
        }

        /**
         * Properties of a MapItems.
         * @deprecated Use weft.v1.MapItems.$Properties instead.
         */
        interface IMapItems extends weft.v1.MapItems.$Properties {
        }

        /** Represents a MapItems. */
        class MapItems {

            /**
             * Constructs a new MapItems.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.MapItems.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MapItems node. */
            node: string;

            /** MapItems start. */
            start: number;

            /** MapItems total. */
            total: number;

            /** MapItems items. */
            items: Uint8Array;

            /** MapItems encoding. */
            encoding: weft.v1.ValueEncoding;

            /**
             * Creates a new MapItems instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MapItems instance
             */
            static create(properties: weft.v1.MapItems.$Shape): weft.v1.MapItems & weft.v1.MapItems.$Shape;
            static create(properties?: weft.v1.MapItems.$Properties): weft.v1.MapItems;

            /**
             * Encodes the specified MapItems message. Does not implicitly {@link weft.v1.MapItems.verify|verify} messages.
             * @param message MapItems message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.MapItems.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MapItems message, length delimited. Does not implicitly {@link weft.v1.MapItems.verify|verify} messages.
             * @param message MapItems message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.MapItems.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MapItems message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.MapItems & weft.v1.MapItems.$Shape} MapItems
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.MapItems & weft.v1.MapItems.$Shape;

            /**
             * Decodes a MapItems message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.MapItems & weft.v1.MapItems.$Shape} MapItems
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.MapItems & weft.v1.MapItems.$Shape;

            /**
             * Creates a MapItems message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MapItems
             */
            static fromObject(object: { [k: string]: any }): weft.v1.MapItems;

            /**
             * Creates a plain object from a MapItems message. Also converts values to other types if specified.
             * @param message MapItems
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.MapItems, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MapItems to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MapItems
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MapItems {

            /** Properties of a MapItems. */
            interface $Properties {

                /** MapItems node */
                node?: (string|null);

                /** MapItems start */
                start?: (number|null);

                /** MapItems total */
                total?: (number|null);

                /** MapItems items */
                items?: (Uint8Array|null);

                /** MapItems encoding */
                encoding?: (weft.v1.ValueEncoding|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MapItems. */
            type $Shape = weft.v1.MapItems.$Properties;
        }

        /**
         * Properties of a MapResults.
         * @deprecated Use weft.v1.MapResults.$Properties instead.
         */
        interface IMapResults extends weft.v1.MapResults.$Properties {
        }

        /** Represents a MapResults. */
        class MapResults {

            /**
             * Constructs a new MapResults.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.MapResults.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MapResults node. */
            node: string;

            /** MapResults start. */
            start: number;

            /** MapResults total. */
            total: number;

            /** MapResults values. */
            values: Uint8Array;

            /** MapResults encoding. */
            encoding: weft.v1.ValueEncoding;

            /**
             * Creates a new MapResults instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MapResults instance
             */
            static create(properties: weft.v1.MapResults.$Shape): weft.v1.MapResults & weft.v1.MapResults.$Shape;
            static create(properties?: weft.v1.MapResults.$Properties): weft.v1.MapResults;

            /**
             * Encodes the specified MapResults message. Does not implicitly {@link weft.v1.MapResults.verify|verify} messages.
             * @param message MapResults message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.MapResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MapResults message, length delimited. Does not implicitly {@link weft.v1.MapResults.verify|verify} messages.
             * @param message MapResults message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.MapResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MapResults message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.MapResults & weft.v1.MapResults.$Shape} MapResults
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.MapResults & weft.v1.MapResults.$Shape;

            /**
             * Decodes a MapResults message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.MapResults & weft.v1.MapResults.$Shape} MapResults
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.MapResults & weft.v1.MapResults.$Shape;

            /**
             * Creates a MapResults message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MapResults
             */
            static fromObject(object: { [k: string]: any }): weft.v1.MapResults;

            /**
             * Creates a plain object from a MapResults message. Also converts values to other types if specified.
             * @param message MapResults
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.MapResults, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MapResults to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MapResults
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MapResults {

            /** Properties of a MapResults. */
            interface $Properties {

                /** MapResults node */
                node?: (string|null);

                /** MapResults start */
                start?: (number|null);

                /** MapResults total */
                total?: (number|null);

                /** MapResults values */
                values?: (Uint8Array|null);

                /** MapResults encoding */
                encoding?: (weft.v1.ValueEncoding|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MapResults. */
            type $Shape = weft.v1.MapResults.$Properties;
        }

        /**
         * Properties of a KeptMapResults.
         * @deprecated Use weft.v1.KeptMapResults.$Properties instead.
         */
        interface IKeptMapResults extends weft.v1.KeptMapResults.$Properties {
        }

        /** Represents a KeptMapResults. */
        class KeptMapResults {

            /**
             * Constructs a new KeptMapResults.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.KeptMapResults.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeptMapResults node. */
            node: string;

            /** KeptMapResults total. */
            total: number;

            /** KeptMapResults starts. */
            starts: number[];

            /** KeptMapResults ends. */
            ends: number[];

            /** KeptMapResults values. */
            values: Uint8Array;

            /**
             * Creates a new KeptMapResults instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeptMapResults instance
             */
            static create(properties: weft.v1.KeptMapResults.$Shape): weft.v1.KeptMapResults & weft.v1.KeptMapResults.$Shape;
            static create(properties?: weft.v1.KeptMapResults.$Properties): weft.v1.KeptMapResults;

            /**
             * Encodes the specified KeptMapResults message. Does not implicitly {@link weft.v1.KeptMapResults.verify|verify} messages.
             * @param message KeptMapResults message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.KeptMapResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified KeptMapResults message, length delimited. Does not implicitly {@link weft.v1.KeptMapResults.verify|verify} messages.
             * @param message KeptMapResults message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.KeptMapResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeptMapResults message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.KeptMapResults & weft.v1.KeptMapResults.$Shape} KeptMapResults
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.KeptMapResults & weft.v1.KeptMapResults.$Shape;

            /**
             * Decodes a KeptMapResults message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.KeptMapResults & weft.v1.KeptMapResults.$Shape} KeptMapResults
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.KeptMapResults & weft.v1.KeptMapResults.$Shape;

            /**
             * Creates a KeptMapResults message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KeptMapResults
             */
            static fromObject(object: { [k: string]: any }): weft.v1.KeptMapResults;

            /**
             * Creates a plain object from a KeptMapResults message. Also converts values to other types if specified.
             * @param message KeptMapResults
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.KeptMapResults, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KeptMapResults to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KeptMapResults
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeptMapResults {

            /** Properties of a KeptMapResults. */
            interface $Properties {

                /** KeptMapResults node */
                node?: (string|null);

                /** KeptMapResults total */
                total?: (number|null);

                /** KeptMapResults starts */
                starts?: (number[]|null);

                /** KeptMapResults ends */
                ends?: (number[]|null);

                /** KeptMapResults values */
                values?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeptMapResults. */
            type $Shape = weft.v1.KeptMapResults.$Properties;
        }

        /**
         * Properties of a StageRecords.
         * @deprecated Use weft.v1.StageRecords.$Properties instead.
         */
        interface IStageRecords extends weft.v1.StageRecords.$Properties {
        }

        /** Represents a StageRecords. */
        class StageRecords {

            /**
             * Constructs a new StageRecords.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.StageRecords.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StageRecords node. */
            node: string;

            /** StageRecords from. */
            from: string;

            /** StageRecords partition. */
            partition: number;

            /** StageRecords records. */
            records: Uint8Array;

            /**
             * Creates a new StageRecords instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StageRecords instance
             */
            static create(properties: weft.v1.StageRecords.$Shape): weft.v1.StageRecords & weft.v1.StageRecords.$Shape;
            static create(properties?: weft.v1.StageRecords.$Properties): weft.v1.StageRecords;

            /**
             * Encodes the specified StageRecords message. Does not implicitly {@link weft.v1.StageRecords.verify|verify} messages.
             * @param message StageRecords message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.StageRecords.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StageRecords message, length delimited. Does not implicitly {@link weft.v1.StageRecords.verify|verify} messages.
             * @param message StageRecords message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.StageRecords.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StageRecords message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.StageRecords & weft.v1.StageRecords.$Shape} StageRecords
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.StageRecords & weft.v1.StageRecords.$Shape;

            /**
             * Decodes a StageRecords message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.StageRecords & weft.v1.StageRecords.$Shape} StageRecords
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.StageRecords & weft.v1.StageRecords.$Shape;

            /**
             * Creates a StageRecords message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StageRecords
             */
            static fromObject(object: { [k: string]: any }): weft.v1.StageRecords;

            /**
             * Creates a plain object from a StageRecords message. Also converts values to other types if specified.
             * @param message StageRecords
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.StageRecords, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StageRecords to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StageRecords
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StageRecords {

            /** Properties of a StageRecords. */
            interface $Properties {

                /** StageRecords node */
                node?: (string|null);

                /** StageRecords from */
                from?: (string|null);

                /** StageRecords partition */
                partition?: (number|null);

                /** StageRecords records */
                records?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StageRecords. */
            type $Shape = weft.v1.StageRecords.$Properties;
        }

        /**
         * Properties of a ShufflePart.
         * @deprecated Use weft.v1.ShufflePart.$Properties instead.
         */
        interface IShufflePart extends weft.v1.ShufflePart.$Properties {
        }

        /** Represents a ShufflePart. */
        class ShufflePart {

            /**
             * Constructs a new ShufflePart.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.ShufflePart.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShufflePart partition. */
            partition: number;

            /** ShufflePart entries. */
            entries: Uint8Array;

            /** ShufflePart columns. */
            columns: Uint8Array;

            /**
             * Creates a new ShufflePart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShufflePart instance
             */
            static create(properties: weft.v1.ShufflePart.$Shape): weft.v1.ShufflePart & weft.v1.ShufflePart.$Shape;
            static create(properties?: weft.v1.ShufflePart.$Properties): weft.v1.ShufflePart;

            /**
             * Encodes the specified ShufflePart message. Does not implicitly {@link weft.v1.ShufflePart.verify|verify} messages.
             * @param message ShufflePart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.ShufflePart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ShufflePart message, length delimited. Does not implicitly {@link weft.v1.ShufflePart.verify|verify} messages.
             * @param message ShufflePart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.ShufflePart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShufflePart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.ShufflePart & weft.v1.ShufflePart.$Shape} ShufflePart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ShufflePart & weft.v1.ShufflePart.$Shape;

            /**
             * Decodes a ShufflePart message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.ShufflePart & weft.v1.ShufflePart.$Shape} ShufflePart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.ShufflePart & weft.v1.ShufflePart.$Shape;

            /**
             * Creates a ShufflePart message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShufflePart
             */
            static fromObject(object: { [k: string]: any }): weft.v1.ShufflePart;

            /**
             * Creates a plain object from a ShufflePart message. Also converts values to other types if specified.
             * @param message ShufflePart
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.ShufflePart, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShufflePart to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ShufflePart
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShufflePart {

            /** Properties of a ShufflePart. */
            interface $Properties {

                /** ShufflePart partition */
                partition?: (number|null);

                /** ShufflePart entries */
                entries?: (Uint8Array|null);

                /** ShufflePart columns */
                columns?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShufflePart. */
            type $Shape = weft.v1.ShufflePart.$Properties;
        }

        /**
         * Properties of a ShuffleBatch.
         * @deprecated Use weft.v1.ShuffleBatch.$Properties instead.
         */
        interface IShuffleBatch extends weft.v1.ShuffleBatch.$Properties {
        }

        /** Represents a ShuffleBatch. */
        class ShuffleBatch {

            /**
             * Constructs a new ShuffleBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.ShuffleBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShuffleBatch node. */
            node: string;

            /** ShuffleBatch from. */
            from: string;

            /** ShuffleBatch covered. */
            covered: number;

            /** ShuffleBatch parts. */
            parts: weft.v1.ShufflePart.$Properties[];

            /**
             * Creates a new ShuffleBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShuffleBatch instance
             */
            static create(properties: weft.v1.ShuffleBatch.$Shape): weft.v1.ShuffleBatch & weft.v1.ShuffleBatch.$Shape;
            static create(properties?: weft.v1.ShuffleBatch.$Properties): weft.v1.ShuffleBatch;

            /**
             * Encodes the specified ShuffleBatch message. Does not implicitly {@link weft.v1.ShuffleBatch.verify|verify} messages.
             * @param message ShuffleBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.ShuffleBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ShuffleBatch message, length delimited. Does not implicitly {@link weft.v1.ShuffleBatch.verify|verify} messages.
             * @param message ShuffleBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.ShuffleBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShuffleBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.ShuffleBatch & weft.v1.ShuffleBatch.$Shape} ShuffleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ShuffleBatch & weft.v1.ShuffleBatch.$Shape;

            /**
             * Decodes a ShuffleBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.ShuffleBatch & weft.v1.ShuffleBatch.$Shape} ShuffleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.ShuffleBatch & weft.v1.ShuffleBatch.$Shape;

            /**
             * Creates a ShuffleBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShuffleBatch
             */
            static fromObject(object: { [k: string]: any }): weft.v1.ShuffleBatch;

            /**
             * Creates a plain object from a ShuffleBatch message. Also converts values to other types if specified.
             * @param message ShuffleBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.ShuffleBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShuffleBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ShuffleBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShuffleBatch {

            /** Properties of a ShuffleBatch. */
            interface $Properties {

                /** ShuffleBatch node */
                node?: (string|null);

                /** ShuffleBatch from */
                from?: (string|null);

                /** ShuffleBatch covered */
                covered?: (number|null);

                /** ShuffleBatch parts */
                parts?: (weft.v1.ShufflePart.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShuffleBatch. */
            type $Shape = weft.v1.ShuffleBatch.$Properties;
        }

        /**
         * Properties of a PartialAggregate.
         * @deprecated Use weft.v1.PartialAggregate.$Properties instead.
         */
        interface IPartialAggregate extends weft.v1.PartialAggregate.$Properties {
        }

        /** Represents a PartialAggregate. */
        class PartialAggregate {

            /**
             * Constructs a new PartialAggregate.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.PartialAggregate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartialAggregate node. */
            node: string;

            /** PartialAggregate from. */
            from: string;

            /** PartialAggregate covered. */
            covered: number;

            /** PartialAggregate accumulator. */
            accumulator: Uint8Array;

            /**
             * Creates a new PartialAggregate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartialAggregate instance
             */
            static create(properties: weft.v1.PartialAggregate.$Shape): weft.v1.PartialAggregate & weft.v1.PartialAggregate.$Shape;
            static create(properties?: weft.v1.PartialAggregate.$Properties): weft.v1.PartialAggregate;

            /**
             * Encodes the specified PartialAggregate message. Does not implicitly {@link weft.v1.PartialAggregate.verify|verify} messages.
             * @param message PartialAggregate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.PartialAggregate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartialAggregate message, length delimited. Does not implicitly {@link weft.v1.PartialAggregate.verify|verify} messages.
             * @param message PartialAggregate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.PartialAggregate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartialAggregate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.PartialAggregate & weft.v1.PartialAggregate.$Shape} PartialAggregate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.PartialAggregate & weft.v1.PartialAggregate.$Shape;

            /**
             * Decodes a PartialAggregate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.PartialAggregate & weft.v1.PartialAggregate.$Shape} PartialAggregate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.PartialAggregate & weft.v1.PartialAggregate.$Shape;

            /**
             * Creates a PartialAggregate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartialAggregate
             */
            static fromObject(object: { [k: string]: any }): weft.v1.PartialAggregate;

            /**
             * Creates a plain object from a PartialAggregate message. Also converts values to other types if specified.
             * @param message PartialAggregate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.PartialAggregate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartialAggregate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PartialAggregate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PartialAggregate {

            /** Properties of a PartialAggregate. */
            interface $Properties {

                /** PartialAggregate node */
                node?: (string|null);

                /** PartialAggregate from */
                from?: (string|null);

                /** PartialAggregate covered */
                covered?: (number|null);

                /** PartialAggregate accumulator */
                accumulator?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartialAggregate. */
            type $Shape = weft.v1.PartialAggregate.$Properties;
        }

        /**
         * Properties of a GatherPart.
         * @deprecated Use weft.v1.GatherPart.$Properties instead.
         */
        interface IGatherPart extends weft.v1.GatherPart.$Properties {
        }

        /** Represents a GatherPart. */
        class GatherPart {

            /**
             * Constructs a new GatherPart.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.GatherPart.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GatherPart partition. */
            partition: number;

            /** GatherPart records. */
            records: Uint8Array;

            /**
             * Creates a new GatherPart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GatherPart instance
             */
            static create(properties: weft.v1.GatherPart.$Shape): weft.v1.GatherPart & weft.v1.GatherPart.$Shape;
            static create(properties?: weft.v1.GatherPart.$Properties): weft.v1.GatherPart;

            /**
             * Encodes the specified GatherPart message. Does not implicitly {@link weft.v1.GatherPart.verify|verify} messages.
             * @param message GatherPart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.GatherPart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GatherPart message, length delimited. Does not implicitly {@link weft.v1.GatherPart.verify|verify} messages.
             * @param message GatherPart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.GatherPart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GatherPart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.GatherPart & weft.v1.GatherPart.$Shape} GatherPart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.GatherPart & weft.v1.GatherPart.$Shape;

            /**
             * Decodes a GatherPart message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.GatherPart & weft.v1.GatherPart.$Shape} GatherPart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.GatherPart & weft.v1.GatherPart.$Shape;

            /**
             * Creates a GatherPart message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GatherPart
             */
            static fromObject(object: { [k: string]: any }): weft.v1.GatherPart;

            /**
             * Creates a plain object from a GatherPart message. Also converts values to other types if specified.
             * @param message GatherPart
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.GatherPart, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GatherPart to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GatherPart
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GatherPart {

            /** Properties of a GatherPart. */
            interface $Properties {

                /** GatherPart partition */
                partition?: (number|null);

                /** GatherPart records */
                records?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GatherPart. */
            type $Shape = weft.v1.GatherPart.$Properties;
        }

        /**
         * Properties of a GatherBatch.
         * @deprecated Use weft.v1.GatherBatch.$Properties instead.
         */
        interface IGatherBatch extends weft.v1.GatherBatch.$Properties {
        }

        /** Represents a GatherBatch. */
        class GatherBatch {

            /**
             * Constructs a new GatherBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.GatherBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GatherBatch node. */
            node: string;

            /** GatherBatch from. */
            from: string;

            /** GatherBatch covered. */
            covered: number;

            /** GatherBatch parts. */
            parts: weft.v1.GatherPart.$Properties[];

            /**
             * Creates a new GatherBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GatherBatch instance
             */
            static create(properties: weft.v1.GatherBatch.$Shape): weft.v1.GatherBatch & weft.v1.GatherBatch.$Shape;
            static create(properties?: weft.v1.GatherBatch.$Properties): weft.v1.GatherBatch;

            /**
             * Encodes the specified GatherBatch message. Does not implicitly {@link weft.v1.GatherBatch.verify|verify} messages.
             * @param message GatherBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.GatherBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GatherBatch message, length delimited. Does not implicitly {@link weft.v1.GatherBatch.verify|verify} messages.
             * @param message GatherBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.GatherBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GatherBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.GatherBatch & weft.v1.GatherBatch.$Shape} GatherBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.GatherBatch & weft.v1.GatherBatch.$Shape;

            /**
             * Decodes a GatherBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.GatherBatch & weft.v1.GatherBatch.$Shape} GatherBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.GatherBatch & weft.v1.GatherBatch.$Shape;

            /**
             * Creates a GatherBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GatherBatch
             */
            static fromObject(object: { [k: string]: any }): weft.v1.GatherBatch;

            /**
             * Creates a plain object from a GatherBatch message. Also converts values to other types if specified.
             * @param message GatherBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.GatherBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GatherBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GatherBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GatherBatch {

            /** Properties of a GatherBatch. */
            interface $Properties {

                /** GatherBatch node */
                node?: (string|null);

                /** GatherBatch from */
                from?: (string|null);

                /** GatherBatch covered */
                covered?: (number|null);

                /** GatherBatch parts */
                parts?: (weft.v1.GatherPart.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GatherBatch. */
            type $Shape = weft.v1.GatherBatch.$Properties;
        }

        /**
         * Properties of a SinkValue.
         * @deprecated Use weft.v1.SinkValue.$Properties instead.
         */
        interface ISinkValue extends weft.v1.SinkValue.$Properties {
        }

        /** Represents a SinkValue. */
        class SinkValue {

            /**
             * Constructs a new SinkValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.SinkValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SinkValue node. */
            node: string;

            /** SinkValue valueJson. */
            valueJson: string;

            /** SinkValue error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /**
             * Creates a new SinkValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SinkValue instance
             */
            static create(properties: weft.v1.SinkValue.$Shape): weft.v1.SinkValue & weft.v1.SinkValue.$Shape;
            static create(properties?: weft.v1.SinkValue.$Properties): weft.v1.SinkValue;

            /**
             * Encodes the specified SinkValue message. Does not implicitly {@link weft.v1.SinkValue.verify|verify} messages.
             * @param message SinkValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.SinkValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SinkValue message, length delimited. Does not implicitly {@link weft.v1.SinkValue.verify|verify} messages.
             * @param message SinkValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.SinkValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SinkValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.SinkValue & weft.v1.SinkValue.$Shape} SinkValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.SinkValue & weft.v1.SinkValue.$Shape;

            /**
             * Decodes a SinkValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.SinkValue & weft.v1.SinkValue.$Shape} SinkValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.SinkValue & weft.v1.SinkValue.$Shape;

            /**
             * Creates a SinkValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SinkValue
             */
            static fromObject(object: { [k: string]: any }): weft.v1.SinkValue;

            /**
             * Creates a plain object from a SinkValue message. Also converts values to other types if specified.
             * @param message SinkValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.SinkValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SinkValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SinkValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SinkValue {

            /** Properties of a SinkValue. */
            interface $Properties {

                /** SinkValue node */
                node?: (string|null);

                /** SinkValue valueJson */
                valueJson?: (string|null);

                /** SinkValue error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SinkValue. */
            type $Shape = weft.v1.SinkValue.$Properties;
        }

        /**
         * Properties of a NodesMoved.
         * @deprecated Use weft.v1.NodesMoved.$Properties instead.
         */
        interface INodesMoved extends weft.v1.NodesMoved.$Properties {
        }

        /** Represents a NodesMoved. */
        class NodesMoved {

            /**
             * Constructs a new NodesMoved.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.NodesMoved.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodesMoved nodes. */
            nodes: string[];

            /** NodesMoved to. */
            to: string;

            /** NodesMoved id. */
            id: number;

            /** NodesMoved answer. */
            answer: boolean;

            /** NodesMoved known. */
            known: weft.v1.NodeHost.$Properties[];

            /**
             * Creates a new NodesMoved instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodesMoved instance
             */
            static create(properties: weft.v1.NodesMoved.$Shape): weft.v1.NodesMoved & weft.v1.NodesMoved.$Shape;
            static create(properties?: weft.v1.NodesMoved.$Properties): weft.v1.NodesMoved;

            /**
             * Encodes the specified NodesMoved message. Does not implicitly {@link weft.v1.NodesMoved.verify|verify} messages.
             * @param message NodesMoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.NodesMoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodesMoved message, length delimited. Does not implicitly {@link weft.v1.NodesMoved.verify|verify} messages.
             * @param message NodesMoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.NodesMoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodesMoved message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.NodesMoved & weft.v1.NodesMoved.$Shape} NodesMoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.NodesMoved & weft.v1.NodesMoved.$Shape;

            /**
             * Decodes a NodesMoved message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.NodesMoved & weft.v1.NodesMoved.$Shape} NodesMoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.NodesMoved & weft.v1.NodesMoved.$Shape;

            /**
             * Creates a NodesMoved message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodesMoved
             */
            static fromObject(object: { [k: string]: any }): weft.v1.NodesMoved;

            /**
             * Creates a plain object from a NodesMoved message. Also converts values to other types if specified.
             * @param message NodesMoved
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.NodesMoved, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodesMoved to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodesMoved
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodesMoved {

            /** Properties of a NodesMoved. */
            interface $Properties {

                /** NodesMoved nodes */
                nodes?: (string[]|null);

                /** NodesMoved to */
                to?: (string|null);

                /** NodesMoved id */
                id?: (number|null);

                /** NodesMoved answer */
                answer?: (boolean|null);

                /** NodesMoved known */
                known?: (weft.v1.NodeHost.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodesMoved. */
            type $Shape = weft.v1.NodesMoved.$Properties;
        }

        /**
         * Properties of a NodeHost.
         * @deprecated Use weft.v1.NodeHost.$Properties instead.
         */
        interface INodeHost extends weft.v1.NodeHost.$Properties {
        }

        /** Represents a NodeHost. */
        class NodeHost {

            /**
             * Constructs a new NodeHost.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.NodeHost.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeHost node. */
            node: string;

            /** NodeHost worker. */
            worker: string;

            /** NodeHost moves. */
            moves: number;

            /**
             * Creates a new NodeHost instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeHost instance
             */
            static create(properties: weft.v1.NodeHost.$Shape): weft.v1.NodeHost & weft.v1.NodeHost.$Shape;
            static create(properties?: weft.v1.NodeHost.$Properties): weft.v1.NodeHost;

            /**
             * Encodes the specified NodeHost message. Does not implicitly {@link weft.v1.NodeHost.verify|verify} messages.
             * @param message NodeHost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.NodeHost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeHost message, length delimited. Does not implicitly {@link weft.v1.NodeHost.verify|verify} messages.
             * @param message NodeHost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.NodeHost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeHost message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.NodeHost & weft.v1.NodeHost.$Shape} NodeHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.NodeHost & weft.v1.NodeHost.$Shape;

            /**
             * Decodes a NodeHost message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.NodeHost & weft.v1.NodeHost.$Shape} NodeHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.NodeHost & weft.v1.NodeHost.$Shape;

            /**
             * Creates a NodeHost message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeHost
             */
            static fromObject(object: { [k: string]: any }): weft.v1.NodeHost;

            /**
             * Creates a plain object from a NodeHost message. Also converts values to other types if specified.
             * @param message NodeHost
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.NodeHost, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeHost to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeHost
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeHost {

            /** Properties of a NodeHost. */
            interface $Properties {

                /** NodeHost node */
                node?: (string|null);

                /** NodeHost worker */
                worker?: (string|null);

                /** NodeHost moves */
                moves?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeHost. */
            type $Shape = weft.v1.NodeHost.$Properties;
        }

        /**
         * Properties of a NodesMovedSeen.
         * @deprecated Use weft.v1.NodesMovedSeen.$Properties instead.
         */
        interface INodesMovedSeen extends weft.v1.NodesMovedSeen.$Properties {
        }

        /** Represents a NodesMovedSeen. */
        class NodesMovedSeen {

            /**
             * Constructs a new NodesMovedSeen.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.NodesMovedSeen.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodesMovedSeen id. */
            id: number;

            /**
             * Creates a new NodesMovedSeen instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodesMovedSeen instance
             */
            static create(properties: weft.v1.NodesMovedSeen.$Shape): weft.v1.NodesMovedSeen & weft.v1.NodesMovedSeen.$Shape;
            static create(properties?: weft.v1.NodesMovedSeen.$Properties): weft.v1.NodesMovedSeen;

            /**
             * Encodes the specified NodesMovedSeen message. Does not implicitly {@link weft.v1.NodesMovedSeen.verify|verify} messages.
             * @param message NodesMovedSeen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.NodesMovedSeen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodesMovedSeen message, length delimited. Does not implicitly {@link weft.v1.NodesMovedSeen.verify|verify} messages.
             * @param message NodesMovedSeen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.NodesMovedSeen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodesMovedSeen message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.NodesMovedSeen & weft.v1.NodesMovedSeen.$Shape} NodesMovedSeen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.NodesMovedSeen & weft.v1.NodesMovedSeen.$Shape;

            /**
             * Decodes a NodesMovedSeen message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.NodesMovedSeen & weft.v1.NodesMovedSeen.$Shape} NodesMovedSeen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.NodesMovedSeen & weft.v1.NodesMovedSeen.$Shape;

            /**
             * Creates a NodesMovedSeen message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodesMovedSeen
             */
            static fromObject(object: { [k: string]: any }): weft.v1.NodesMovedSeen;

            /**
             * Creates a plain object from a NodesMovedSeen message. Also converts values to other types if specified.
             * @param message NodesMovedSeen
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.NodesMovedSeen, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodesMovedSeen to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodesMovedSeen
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodesMovedSeen {

            /** Properties of a NodesMovedSeen. */
            interface $Properties {

                /** NodesMovedSeen id */
                id?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodesMovedSeen. */
            type $Shape = weft.v1.NodesMovedSeen.$Properties;
        }

        /**
         * Properties of a PartitionsMoved.
         * @deprecated Use weft.v1.PartitionsMoved.$Properties instead.
         */
        interface IPartitionsMoved extends weft.v1.PartitionsMoved.$Properties {
        }

        /** Represents a PartitionsMoved. */
        class PartitionsMoved {

            /**
             * Constructs a new PartitionsMoved.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.PartitionsMoved.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartitionsMoved node. */
            node: string;

            /** PartitionsMoved partitions. */
            partitions: number[];

            /** PartitionsMoved owner. */
            owner: number;

            /**
             * Creates a new PartitionsMoved instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartitionsMoved instance
             */
            static create(properties: weft.v1.PartitionsMoved.$Shape): weft.v1.PartitionsMoved & weft.v1.PartitionsMoved.$Shape;
            static create(properties?: weft.v1.PartitionsMoved.$Properties): weft.v1.PartitionsMoved;

            /**
             * Encodes the specified PartitionsMoved message. Does not implicitly {@link weft.v1.PartitionsMoved.verify|verify} messages.
             * @param message PartitionsMoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.PartitionsMoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PartitionsMoved message, length delimited. Does not implicitly {@link weft.v1.PartitionsMoved.verify|verify} messages.
             * @param message PartitionsMoved message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.PartitionsMoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartitionsMoved message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.PartitionsMoved & weft.v1.PartitionsMoved.$Shape} PartitionsMoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.PartitionsMoved & weft.v1.PartitionsMoved.$Shape;

            /**
             * Decodes a PartitionsMoved message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.PartitionsMoved & weft.v1.PartitionsMoved.$Shape} PartitionsMoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.PartitionsMoved & weft.v1.PartitionsMoved.$Shape;

            /**
             * Creates a PartitionsMoved message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PartitionsMoved
             */
            static fromObject(object: { [k: string]: any }): weft.v1.PartitionsMoved;

            /**
             * Creates a plain object from a PartitionsMoved message. Also converts values to other types if specified.
             * @param message PartitionsMoved
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.PartitionsMoved, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PartitionsMoved to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PartitionsMoved
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PartitionsMoved {

            /** Properties of a PartitionsMoved. */
            interface $Properties {

                /** PartitionsMoved node */
                node?: (string|null);

                /** PartitionsMoved partitions */
                partitions?: (number[]|null);

                /** PartitionsMoved owner */
                owner?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartitionsMoved. */
            type $Shape = weft.v1.PartitionsMoved.$Properties;
        }

        /**
         * Properties of a DataMessage.
         * @deprecated Use weft.v1.DataMessage.$Properties instead.
         */
        interface IDataMessage extends weft.v1.DataMessage.$Properties {
        }

        /** Represents a DataMessage. */
        class DataMessage {

            /**
             * Constructs a new DataMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.DataMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataMessage runId. */
            runId: string;

            /** DataMessage epoch. */
            epoch: number;

            /** DataMessage nodeValue. */
            nodeValue?: (weft.v1.NodeValue.$Properties|null);

            /** DataMessage mapItems. */
            mapItems?: (weft.v1.MapItems.$Properties|null);

            /** DataMessage mapResults. */
            mapResults?: (weft.v1.MapResults.$Properties|null);

            /** DataMessage sinkValue. */
            sinkValue?: (weft.v1.SinkValue.$Properties|null);

            /** DataMessage stageRecords. */
            stageRecords?: (weft.v1.StageRecords.$Properties|null);

            /** DataMessage shuffleBatch. */
            shuffleBatch?: (weft.v1.ShuffleBatch.$Properties|null);

            /** DataMessage partialAggregate. */
            partialAggregate?: (weft.v1.PartialAggregate.$Properties|null);

            /** DataMessage gatherBatch. */
            gatherBatch?: (weft.v1.GatherBatch.$Properties|null);

            /** DataMessage nodesMoved. */
            nodesMoved?: (weft.v1.NodesMoved.$Properties|null);

            /** DataMessage nodesMovedSeen. */
            nodesMovedSeen?: (weft.v1.NodesMovedSeen.$Properties|null);

            /** DataMessage partitionsMoved. */
            partitionsMoved?: (weft.v1.PartitionsMoved.$Properties|null);

            /** DataMessage keptMapResults. */
            keptMapResults?: (weft.v1.KeptMapResults.$Properties|null);

            /** DataMessage body. */
            body?: ("nodeValue"|"mapItems"|"mapResults"|"sinkValue"|"stageRecords"|"shuffleBatch"|"partialAggregate"|"gatherBatch"|"nodesMoved"|"nodesMovedSeen"|"partitionsMoved"|"keptMapResults");

            /**
             * Creates a new DataMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataMessage instance
             */
            static create(properties: weft.v1.DataMessage.$Shape): weft.v1.DataMessage & weft.v1.DataMessage.$Shape;
            static create(properties?: weft.v1.DataMessage.$Properties): weft.v1.DataMessage;

            /**
             * Encodes the specified DataMessage message. Does not implicitly {@link weft.v1.DataMessage.verify|verify} messages.
             * @param message DataMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.DataMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DataMessage message, length delimited. Does not implicitly {@link weft.v1.DataMessage.verify|verify} messages.
             * @param message DataMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.DataMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.DataMessage & weft.v1.DataMessage.$Shape} DataMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.DataMessage & weft.v1.DataMessage.$Shape;

            /**
             * Decodes a DataMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.DataMessage & weft.v1.DataMessage.$Shape} DataMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.DataMessage & weft.v1.DataMessage.$Shape;

            /**
             * Creates a DataMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataMessage
             */
            static fromObject(object: { [k: string]: any }): weft.v1.DataMessage;

            /**
             * Creates a plain object from a DataMessage message. Also converts values to other types if specified.
             * @param message DataMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.DataMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DataMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DataMessage {

            /** Properties of a DataMessage. */
            interface $Properties {

                /** DataMessage runId */
                runId?: (string|null);

                /** DataMessage epoch */
                epoch?: (number|null);

                /** DataMessage nodeValue */
                nodeValue?: (weft.v1.NodeValue.$Properties|null);

                /** DataMessage mapItems */
                mapItems?: (weft.v1.MapItems.$Properties|null);

                /** DataMessage mapResults */
                mapResults?: (weft.v1.MapResults.$Properties|null);

                /** DataMessage sinkValue */
                sinkValue?: (weft.v1.SinkValue.$Properties|null);

                /** DataMessage stageRecords */
                stageRecords?: (weft.v1.StageRecords.$Properties|null);

                /** DataMessage shuffleBatch */
                shuffleBatch?: (weft.v1.ShuffleBatch.$Properties|null);

                /** DataMessage partialAggregate */
                partialAggregate?: (weft.v1.PartialAggregate.$Properties|null);

                /** DataMessage gatherBatch */
                gatherBatch?: (weft.v1.GatherBatch.$Properties|null);

                /** DataMessage nodesMoved */
                nodesMoved?: (weft.v1.NodesMoved.$Properties|null);

                /** DataMessage nodesMovedSeen */
                nodesMovedSeen?: (weft.v1.NodesMovedSeen.$Properties|null);

                /** DataMessage partitionsMoved */
                partitionsMoved?: (weft.v1.PartitionsMoved.$Properties|null);

                /** DataMessage keptMapResults */
                keptMapResults?: (weft.v1.KeptMapResults.$Properties|null);

                /** DataMessage body */
                body?: ("nodeValue"|"mapItems"|"mapResults"|"sinkValue"|"stageRecords"|"shuffleBatch"|"partialAggregate"|"gatherBatch"|"nodesMoved"|"nodesMovedSeen"|"partitionsMoved"|"keptMapResults");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a DataMessage. */
            type $Shape = {
              runId?: string|null;
              epoch?: number|null;
              nodeValue?: weft.v1.NodeValue.$Shape|null;
              mapItems?: weft.v1.MapItems.$Shape|null;
              mapResults?: weft.v1.MapResults.$Shape|null;
              sinkValue?: weft.v1.SinkValue.$Shape|null;
              stageRecords?: weft.v1.StageRecords.$Shape|null;
              shuffleBatch?: weft.v1.ShuffleBatch.$Shape|null;
              partialAggregate?: weft.v1.PartialAggregate.$Shape|null;
              gatherBatch?: weft.v1.GatherBatch.$Shape|null;
              nodesMoved?: weft.v1.NodesMoved.$Shape|null;
              nodesMovedSeen?: weft.v1.NodesMovedSeen.$Shape|null;
              partitionsMoved?: weft.v1.PartitionsMoved.$Shape|null;
              keptMapResults?: weft.v1.KeptMapResults.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null; keptMapResults?: null }|{ body?: "nodeValue"; nodeValue: weft.v1.NodeValue.$Shape; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null; keptMapResults?: null }|{ body?: "mapItems"; nodeValue?: null; mapItems: weft.v1.MapItems.$Shape; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null; keptMapResults?: null }|{ body?: "mapResults"; nodeValue?: null; mapItems?: null; mapResults: weft.v1.MapResults.$Shape; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null; keptMapResults?: null }|{ body?: "sinkValue"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue: weft.v1.SinkValue.$Shape; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null; keptMapResults?: null }|{ body?: "stageRecords"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords: weft.v1.StageRecords.$Shape; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null; keptMapResults?: null }|{ body?: "shuffleBatch"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch: weft.v1.ShuffleBatch.$Shape; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null; keptMapResults?: null }|{ body?: "partialAggregate"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate: weft.v1.PartialAggregate.$Shape; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null; keptMapResults?: null }|{ body?: "gatherBatch"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch: weft.v1.GatherBatch.$Shape; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null; keptMapResults?: null }|{ body?: "nodesMoved"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved: weft.v1.NodesMoved.$Shape; nodesMovedSeen?: null; partitionsMoved?: null; keptMapResults?: null }|{ body?: "nodesMovedSeen"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen: weft.v1.NodesMovedSeen.$Shape; partitionsMoved?: null; keptMapResults?: null }|{ body?: "partitionsMoved"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved: weft.v1.PartitionsMoved.$Shape; keptMapResults?: null }|{ body?: "keptMapResults"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null; keptMapResults: weft.v1.KeptMapResults.$Shape })
            );
        }

        /**
         * Properties of a DataChunk.
         * @deprecated Use weft.v1.DataChunk.$Properties instead.
         */
        interface IDataChunk extends weft.v1.DataChunk.$Properties {
        }

        /** Represents a DataChunk. */
        class DataChunk {

            /**
             * Constructs a new DataChunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.DataChunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataChunk transferId. */
            transferId: string;

            /** DataChunk seq. */
            seq: number;

            /** DataChunk count. */
            count: number;

            /** DataChunk data. */
            data: Uint8Array;

            /** DataChunk sender. */
            sender: string;

            /**
             * Creates a new DataChunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataChunk instance
             */
            static create(properties: weft.v1.DataChunk.$Shape): weft.v1.DataChunk & weft.v1.DataChunk.$Shape;
            static create(properties?: weft.v1.DataChunk.$Properties): weft.v1.DataChunk;

            /**
             * Encodes the specified DataChunk message. Does not implicitly {@link weft.v1.DataChunk.verify|verify} messages.
             * @param message DataChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.DataChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DataChunk message, length delimited. Does not implicitly {@link weft.v1.DataChunk.verify|verify} messages.
             * @param message DataChunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.DataChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataChunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.DataChunk & weft.v1.DataChunk.$Shape} DataChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.DataChunk & weft.v1.DataChunk.$Shape;

            /**
             * Decodes a DataChunk message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.DataChunk & weft.v1.DataChunk.$Shape} DataChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.DataChunk & weft.v1.DataChunk.$Shape;

            /**
             * Creates a DataChunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataChunk
             */
            static fromObject(object: { [k: string]: any }): weft.v1.DataChunk;

            /**
             * Creates a plain object from a DataChunk message. Also converts values to other types if specified.
             * @param message DataChunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.DataChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataChunk to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DataChunk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DataChunk {

            /** Properties of a DataChunk. */
            interface $Properties {

                /** DataChunk transferId */
                transferId?: (string|null);

                /** DataChunk seq */
                seq?: (number|null);

                /** DataChunk count */
                count?: (number|null);

                /** DataChunk data */
                data?: (Uint8Array|null);

                /** DataChunk sender */
                sender?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataChunk. */
            type $Shape = weft.v1.DataChunk.$Properties;
        }

        /**
         * Properties of a NodeProgress.
         * @deprecated Use weft.v1.NodeProgress.$Properties instead.
         */
        interface INodeProgress extends weft.v1.NodeProgress.$Properties {
        }

        /** Represents a NodeProgress. */
        class NodeProgress {

            /**
             * Constructs a new NodeProgress.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.NodeProgress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeProgress node. */
            node: string;

            /** NodeProgress total. */
            total: number;

            /** NodeProgress succeeded. */
            succeeded: number;

            /** NodeProgress failed. */
            failed: number;

            /** NodeProgress running. */
            running: number;

            /** NodeProgress retries. */
            retries: number;

            /** NodeProgress cancelled. */
            cancelled: number;

            /**
             * Creates a new NodeProgress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeProgress instance
             */
            static create(properties: weft.v1.NodeProgress.$Shape): weft.v1.NodeProgress & weft.v1.NodeProgress.$Shape;
            static create(properties?: weft.v1.NodeProgress.$Properties): weft.v1.NodeProgress;

            /**
             * Encodes the specified NodeProgress message. Does not implicitly {@link weft.v1.NodeProgress.verify|verify} messages.
             * @param message NodeProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.NodeProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeProgress message, length delimited. Does not implicitly {@link weft.v1.NodeProgress.verify|verify} messages.
             * @param message NodeProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.NodeProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeProgress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.NodeProgress & weft.v1.NodeProgress.$Shape} NodeProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.NodeProgress & weft.v1.NodeProgress.$Shape;

            /**
             * Decodes a NodeProgress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.NodeProgress & weft.v1.NodeProgress.$Shape} NodeProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.NodeProgress & weft.v1.NodeProgress.$Shape;

            /**
             * Creates a NodeProgress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeProgress
             */
            static fromObject(object: { [k: string]: any }): weft.v1.NodeProgress;

            /**
             * Creates a plain object from a NodeProgress message. Also converts values to other types if specified.
             * @param message NodeProgress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.NodeProgress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeProgress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeProgress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeProgress {

            /** Properties of a NodeProgress. */
            interface $Properties {

                /** NodeProgress node */
                node?: (string|null);

                /** NodeProgress total */
                total?: (number|null);

                /** NodeProgress succeeded */
                succeeded?: (number|null);

                /** NodeProgress failed */
                failed?: (number|null);

                /** NodeProgress running */
                running?: (number|null);

                /** NodeProgress retries */
                retries?: (number|null);

                /** NodeProgress cancelled */
                cancelled?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeProgress. */
            type $Shape = weft.v1.NodeProgress.$Properties;
        }

        /**
         * Properties of a TaskFailure.
         * @deprecated Use weft.v1.TaskFailure.$Properties instead.
         */
        interface ITaskFailure extends weft.v1.TaskFailure.$Properties {
        }

        /** Represents a TaskFailure. */
        class TaskFailure {

            /**
             * Constructs a new TaskFailure.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.TaskFailure.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskFailure taskId. */
            taskId: string;

            /** TaskFailure attempt. */
            attempt: number;

            /** TaskFailure error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /** TaskFailure worker. */
            worker: string;

            /**
             * Creates a new TaskFailure instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskFailure instance
             */
            static create(properties: weft.v1.TaskFailure.$Shape): weft.v1.TaskFailure & weft.v1.TaskFailure.$Shape;
            static create(properties?: weft.v1.TaskFailure.$Properties): weft.v1.TaskFailure;

            /**
             * Encodes the specified TaskFailure message. Does not implicitly {@link weft.v1.TaskFailure.verify|verify} messages.
             * @param message TaskFailure message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.TaskFailure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskFailure message, length delimited. Does not implicitly {@link weft.v1.TaskFailure.verify|verify} messages.
             * @param message TaskFailure message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.TaskFailure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskFailure message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.TaskFailure & weft.v1.TaskFailure.$Shape} TaskFailure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TaskFailure & weft.v1.TaskFailure.$Shape;

            /**
             * Decodes a TaskFailure message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.TaskFailure & weft.v1.TaskFailure.$Shape} TaskFailure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.TaskFailure & weft.v1.TaskFailure.$Shape;

            /**
             * Creates a TaskFailure message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskFailure
             */
            static fromObject(object: { [k: string]: any }): weft.v1.TaskFailure;

            /**
             * Creates a plain object from a TaskFailure message. Also converts values to other types if specified.
             * @param message TaskFailure
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.TaskFailure, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskFailure to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskFailure
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskFailure {

            /** Properties of a TaskFailure. */
            interface $Properties {

                /** TaskFailure taskId */
                taskId?: (string|null);

                /** TaskFailure attempt */
                attempt?: (number|null);

                /** TaskFailure error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** TaskFailure worker */
                worker?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskFailure. */
            type $Shape = weft.v1.TaskFailure.$Properties;
        }

        /**
         * Properties of a RunRecord.
         * @deprecated Use weft.v1.RunRecord.$Properties instead.
         */
        interface IRunRecord extends weft.v1.RunRecord.$Properties {
        }

        /** Represents a RunRecord. */
        class RunRecord {

            /**
             * Constructs a new RunRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.RunRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunRecord runId. */
            runId: string;

            /** RunRecord workflow. */
            workflow: string;

            /** RunRecord state. */
            state: string;

            /** RunRecord bundleHash. */
            bundleHash: string;

            /** RunRecord inputJson. */
            inputJson: string;

            /** RunRecord submittedAtMs. */
            submittedAtMs: number;

            /** RunRecord endedAtMs. */
            endedAtMs: number;

            /** RunRecord error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /** RunRecord resultJson. */
            resultJson: string;

            /** RunRecord tasksTotal. */
            tasksTotal: number;

            /** RunRecord tasksDone. */
            tasksDone: number;

            /** RunRecord nodes. */
            nodes: weft.v1.NodeProgress.$Properties[];

            /** RunRecord failures. */
            failures: weft.v1.TaskFailure.$Properties[];

            /** RunRecord placement. */
            placement?: (weft.v1.Placement.$Properties|null);

            /** RunRecord graph. */
            graph?: (weft.v1.WorkflowGraph.$Properties|null);

            /** RunRecord coordinator. */
            coordinator: string;

            /** RunRecord edges. */
            edges: weft.v1.EdgeStats.$Properties[];

            /** RunRecord epoch. */
            epoch: number;

            /** RunRecord attempts. */
            attempts: weft.v1.TaskAttempt.$Properties[];

            /** RunRecord deadlineAtMs. */
            deadlineAtMs: number;

            /** RunRecord origin. */
            origin?: (weft.v1.RunOrigin.$Properties|null);

            /** RunRecord cost. */
            cost?: (weft.v1.RunCost.$Properties|null);

            /** RunRecord owner. */
            owner: string;

            /**
             * Creates a new RunRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunRecord instance
             */
            static create(properties: weft.v1.RunRecord.$Shape): weft.v1.RunRecord & weft.v1.RunRecord.$Shape;
            static create(properties?: weft.v1.RunRecord.$Properties): weft.v1.RunRecord;

            /**
             * Encodes the specified RunRecord message. Does not implicitly {@link weft.v1.RunRecord.verify|verify} messages.
             * @param message RunRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.RunRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunRecord message, length delimited. Does not implicitly {@link weft.v1.RunRecord.verify|verify} messages.
             * @param message RunRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.RunRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.RunRecord & weft.v1.RunRecord.$Shape} RunRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.RunRecord & weft.v1.RunRecord.$Shape;

            /**
             * Decodes a RunRecord message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.RunRecord & weft.v1.RunRecord.$Shape} RunRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.RunRecord & weft.v1.RunRecord.$Shape;

            /**
             * Creates a RunRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunRecord
             */
            static fromObject(object: { [k: string]: any }): weft.v1.RunRecord;

            /**
             * Creates a plain object from a RunRecord message. Also converts values to other types if specified.
             * @param message RunRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.RunRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunRecord
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunRecord {

            /** Properties of a RunRecord. */
            interface $Properties {

                /** RunRecord runId */
                runId?: (string|null);

                /** RunRecord workflow */
                workflow?: (string|null);

                /** RunRecord state */
                state?: (string|null);

                /** RunRecord bundleHash */
                bundleHash?: (string|null);

                /** RunRecord inputJson */
                inputJson?: (string|null);

                /** RunRecord submittedAtMs */
                submittedAtMs?: (number|null);

                /** RunRecord endedAtMs */
                endedAtMs?: (number|null);

                /** RunRecord error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** RunRecord resultJson */
                resultJson?: (string|null);

                /** RunRecord tasksTotal */
                tasksTotal?: (number|null);

                /** RunRecord tasksDone */
                tasksDone?: (number|null);

                /** RunRecord nodes */
                nodes?: (weft.v1.NodeProgress.$Properties[]|null);

                /** RunRecord failures */
                failures?: (weft.v1.TaskFailure.$Properties[]|null);

                /** RunRecord placement */
                placement?: (weft.v1.Placement.$Properties|null);

                /** RunRecord graph */
                graph?: (weft.v1.WorkflowGraph.$Properties|null);

                /** RunRecord coordinator */
                coordinator?: (string|null);

                /** RunRecord edges */
                edges?: (weft.v1.EdgeStats.$Properties[]|null);

                /** RunRecord epoch */
                epoch?: (number|null);

                /** RunRecord attempts */
                attempts?: (weft.v1.TaskAttempt.$Properties[]|null);

                /** RunRecord deadlineAtMs */
                deadlineAtMs?: (number|null);

                /** RunRecord origin */
                origin?: (weft.v1.RunOrigin.$Properties|null);

                /** RunRecord cost */
                cost?: (weft.v1.RunCost.$Properties|null);

                /** RunRecord owner */
                owner?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunRecord. */
            type $Shape = weft.v1.RunRecord.$Properties;
        }

        /**
         * Properties of a TaskAttempt.
         * @deprecated Use weft.v1.TaskAttempt.$Properties instead.
         */
        interface ITaskAttempt extends weft.v1.TaskAttempt.$Properties {
        }

        /** Represents a TaskAttempt. */
        class TaskAttempt {

            /**
             * Constructs a new TaskAttempt.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.TaskAttempt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskAttempt taskId. */
            taskId: string;

            /** TaskAttempt attempt. */
            attempt: number;

            /** TaskAttempt worker. */
            worker: string;

            /** TaskAttempt outcome. */
            outcome: string;

            /** TaskAttempt error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /** TaskAttempt atMs. */
            atMs: number;

            /**
             * Creates a new TaskAttempt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskAttempt instance
             */
            static create(properties: weft.v1.TaskAttempt.$Shape): weft.v1.TaskAttempt & weft.v1.TaskAttempt.$Shape;
            static create(properties?: weft.v1.TaskAttempt.$Properties): weft.v1.TaskAttempt;

            /**
             * Encodes the specified TaskAttempt message. Does not implicitly {@link weft.v1.TaskAttempt.verify|verify} messages.
             * @param message TaskAttempt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.TaskAttempt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskAttempt message, length delimited. Does not implicitly {@link weft.v1.TaskAttempt.verify|verify} messages.
             * @param message TaskAttempt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.TaskAttempt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskAttempt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.TaskAttempt & weft.v1.TaskAttempt.$Shape} TaskAttempt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TaskAttempt & weft.v1.TaskAttempt.$Shape;

            /**
             * Decodes a TaskAttempt message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.TaskAttempt & weft.v1.TaskAttempt.$Shape} TaskAttempt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.TaskAttempt & weft.v1.TaskAttempt.$Shape;

            /**
             * Creates a TaskAttempt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskAttempt
             */
            static fromObject(object: { [k: string]: any }): weft.v1.TaskAttempt;

            /**
             * Creates a plain object from a TaskAttempt message. Also converts values to other types if specified.
             * @param message TaskAttempt
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.TaskAttempt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskAttempt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TaskAttempt
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskAttempt {

            /** Properties of a TaskAttempt. */
            interface $Properties {

                /** TaskAttempt taskId */
                taskId?: (string|null);

                /** TaskAttempt attempt */
                attempt?: (number|null);

                /** TaskAttempt worker */
                worker?: (string|null);

                /** TaskAttempt outcome */
                outcome?: (string|null);

                /** TaskAttempt error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** TaskAttempt atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskAttempt. */
            type $Shape = weft.v1.TaskAttempt.$Properties;
        }

        /**
         * Properties of a LeaseRequest.
         * @deprecated Use weft.v1.LeaseRequest.$Properties instead.
         */
        interface ILeaseRequest extends weft.v1.LeaseRequest.$Properties {
        }

        /** Represents a LeaseRequest. */
        class LeaseRequest {

            /**
             * Constructs a new LeaseRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.LeaseRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseRequest graph. */
            graph?: (weft.v1.WorkflowGraph.$Properties|null);

            /** LeaseRequest bundleHash. */
            bundleHash: string;

            /**
             * Creates a new LeaseRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseRequest instance
             */
            static create(properties: weft.v1.LeaseRequest.$Shape): weft.v1.LeaseRequest & weft.v1.LeaseRequest.$Shape;
            static create(properties?: weft.v1.LeaseRequest.$Properties): weft.v1.LeaseRequest;

            /**
             * Encodes the specified LeaseRequest message. Does not implicitly {@link weft.v1.LeaseRequest.verify|verify} messages.
             * @param message LeaseRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.LeaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseRequest message, length delimited. Does not implicitly {@link weft.v1.LeaseRequest.verify|verify} messages.
             * @param message LeaseRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.LeaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.LeaseRequest & weft.v1.LeaseRequest.$Shape} LeaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.LeaseRequest & weft.v1.LeaseRequest.$Shape;

            /**
             * Decodes a LeaseRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.LeaseRequest & weft.v1.LeaseRequest.$Shape} LeaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.LeaseRequest & weft.v1.LeaseRequest.$Shape;

            /**
             * Creates a LeaseRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseRequest
             */
            static fromObject(object: { [k: string]: any }): weft.v1.LeaseRequest;

            /**
             * Creates a plain object from a LeaseRequest message. Also converts values to other types if specified.
             * @param message LeaseRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.LeaseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseRequest {

            /** Properties of a LeaseRequest. */
            interface $Properties {

                /** LeaseRequest graph */
                graph?: (weft.v1.WorkflowGraph.$Properties|null);

                /** LeaseRequest bundleHash */
                bundleHash?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseRequest. */
            type $Shape = weft.v1.LeaseRequest.$Properties;
        }

        /**
         * Properties of a LeaseGrant.
         * @deprecated Use weft.v1.LeaseGrant.$Properties instead.
         */
        interface ILeaseGrant extends weft.v1.LeaseGrant.$Properties {
        }

        /** Represents a LeaseGrant. */
        class LeaseGrant {

            /**
             * Constructs a new LeaseGrant.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.LeaseGrant.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseGrant leaseId. */
            leaseId: string;

            /** LeaseGrant worker. */
            worker: string;

            /** LeaseGrant ttlMs. */
            ttlMs: number;

            /** LeaseGrant refused. */
            refused: string;

            /** LeaseGrant error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /** LeaseGrant peers. */
            peers: string[];

            /**
             * Creates a new LeaseGrant instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseGrant instance
             */
            static create(properties: weft.v1.LeaseGrant.$Shape): weft.v1.LeaseGrant & weft.v1.LeaseGrant.$Shape;
            static create(properties?: weft.v1.LeaseGrant.$Properties): weft.v1.LeaseGrant;

            /**
             * Encodes the specified LeaseGrant message. Does not implicitly {@link weft.v1.LeaseGrant.verify|verify} messages.
             * @param message LeaseGrant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.LeaseGrant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseGrant message, length delimited. Does not implicitly {@link weft.v1.LeaseGrant.verify|verify} messages.
             * @param message LeaseGrant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.LeaseGrant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseGrant message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.LeaseGrant & weft.v1.LeaseGrant.$Shape} LeaseGrant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.LeaseGrant & weft.v1.LeaseGrant.$Shape;

            /**
             * Decodes a LeaseGrant message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.LeaseGrant & weft.v1.LeaseGrant.$Shape} LeaseGrant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.LeaseGrant & weft.v1.LeaseGrant.$Shape;

            /**
             * Creates a LeaseGrant message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseGrant
             */
            static fromObject(object: { [k: string]: any }): weft.v1.LeaseGrant;

            /**
             * Creates a plain object from a LeaseGrant message. Also converts values to other types if specified.
             * @param message LeaseGrant
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.LeaseGrant, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseGrant to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseGrant
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseGrant {

            /** Properties of a LeaseGrant. */
            interface $Properties {

                /** LeaseGrant leaseId */
                leaseId?: (string|null);

                /** LeaseGrant worker */
                worker?: (string|null);

                /** LeaseGrant ttlMs */
                ttlMs?: (number|null);

                /** LeaseGrant refused */
                refused?: (string|null);

                /** LeaseGrant error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** LeaseGrant peers */
                peers?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseGrant. */
            type $Shape = weft.v1.LeaseGrant.$Properties;
        }

        /**
         * Properties of a LeaseOffer.
         * @deprecated Use weft.v1.LeaseOffer.$Properties instead.
         */
        interface ILeaseOffer extends weft.v1.LeaseOffer.$Properties {
        }

        /** Represents a LeaseOffer. */
        class LeaseOffer {

            /**
             * Constructs a new LeaseOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.LeaseOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseOffer leaseId. */
            leaseId: string;

            /** LeaseOffer graph. */
            graph?: (weft.v1.WorkflowGraph.$Properties|null);

            /** LeaseOffer bundleHash. */
            bundleHash: string;

            /** LeaseOffer placement. */
            placement?: (weft.v1.Placement.$Properties|null);

            /** LeaseOffer owner. */
            owner: string;

            /** LeaseOffer ttlMs. */
            ttlMs: number;

            /** LeaseOffer peers. */
            peers: string[];

            /**
             * Creates a new LeaseOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseOffer instance
             */
            static create(properties: weft.v1.LeaseOffer.$Shape): weft.v1.LeaseOffer & weft.v1.LeaseOffer.$Shape;
            static create(properties?: weft.v1.LeaseOffer.$Properties): weft.v1.LeaseOffer;

            /**
             * Encodes the specified LeaseOffer message. Does not implicitly {@link weft.v1.LeaseOffer.verify|verify} messages.
             * @param message LeaseOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.LeaseOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseOffer message, length delimited. Does not implicitly {@link weft.v1.LeaseOffer.verify|verify} messages.
             * @param message LeaseOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.LeaseOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.LeaseOffer & weft.v1.LeaseOffer.$Shape} LeaseOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.LeaseOffer & weft.v1.LeaseOffer.$Shape;

            /**
             * Decodes a LeaseOffer message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.LeaseOffer & weft.v1.LeaseOffer.$Shape} LeaseOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.LeaseOffer & weft.v1.LeaseOffer.$Shape;

            /**
             * Creates a LeaseOffer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseOffer
             */
            static fromObject(object: { [k: string]: any }): weft.v1.LeaseOffer;

            /**
             * Creates a plain object from a LeaseOffer message. Also converts values to other types if specified.
             * @param message LeaseOffer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.LeaseOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseOffer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseOffer {

            /** Properties of a LeaseOffer. */
            interface $Properties {

                /** LeaseOffer leaseId */
                leaseId?: (string|null);

                /** LeaseOffer graph */
                graph?: (weft.v1.WorkflowGraph.$Properties|null);

                /** LeaseOffer bundleHash */
                bundleHash?: (string|null);

                /** LeaseOffer placement */
                placement?: (weft.v1.Placement.$Properties|null);

                /** LeaseOffer owner */
                owner?: (string|null);

                /** LeaseOffer ttlMs */
                ttlMs?: (number|null);

                /** LeaseOffer peers */
                peers?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseOffer. */
            type $Shape = weft.v1.LeaseOffer.$Properties;
        }

        /**
         * Properties of a LeaseRevoke.
         * @deprecated Use weft.v1.LeaseRevoke.$Properties instead.
         */
        interface ILeaseRevoke extends weft.v1.LeaseRevoke.$Properties {
        }

        /** Represents a LeaseRevoke. */
        class LeaseRevoke {

            /**
             * Constructs a new LeaseRevoke.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.LeaseRevoke.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaseRevoke leaseIds. */
            leaseIds: string[];

            /** LeaseRevoke all. */
            all: boolean;

            /** LeaseRevoke lostWorkers. */
            lostWorkers: string[];

            /**
             * Creates a new LeaseRevoke instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaseRevoke instance
             */
            static create(properties: weft.v1.LeaseRevoke.$Shape): weft.v1.LeaseRevoke & weft.v1.LeaseRevoke.$Shape;
            static create(properties?: weft.v1.LeaseRevoke.$Properties): weft.v1.LeaseRevoke;

            /**
             * Encodes the specified LeaseRevoke message. Does not implicitly {@link weft.v1.LeaseRevoke.verify|verify} messages.
             * @param message LeaseRevoke message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.LeaseRevoke.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaseRevoke message, length delimited. Does not implicitly {@link weft.v1.LeaseRevoke.verify|verify} messages.
             * @param message LeaseRevoke message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.LeaseRevoke.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaseRevoke message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.LeaseRevoke & weft.v1.LeaseRevoke.$Shape} LeaseRevoke
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.LeaseRevoke & weft.v1.LeaseRevoke.$Shape;

            /**
             * Decodes a LeaseRevoke message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.LeaseRevoke & weft.v1.LeaseRevoke.$Shape} LeaseRevoke
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.LeaseRevoke & weft.v1.LeaseRevoke.$Shape;

            /**
             * Creates a LeaseRevoke message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaseRevoke
             */
            static fromObject(object: { [k: string]: any }): weft.v1.LeaseRevoke;

            /**
             * Creates a plain object from a LeaseRevoke message. Also converts values to other types if specified.
             * @param message LeaseRevoke
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.LeaseRevoke, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaseRevoke to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaseRevoke
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseRevoke {

            /** Properties of a LeaseRevoke. */
            interface $Properties {

                /** LeaseRevoke leaseIds */
                leaseIds?: (string[]|null);

                /** LeaseRevoke all */
                all?: (boolean|null);

                /** LeaseRevoke lostWorkers */
                lostWorkers?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaseRevoke. */
            type $Shape = weft.v1.LeaseRevoke.$Properties;
        }

        /**
         * Properties of a DirectStart.
         * @deprecated Use weft.v1.DirectStart.$Properties instead.
         */
        interface IDirectStart extends weft.v1.DirectStart.$Properties {
        }

        /** Represents a DirectStart. */
        class DirectStart {

            /**
             * Constructs a new DirectStart.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.DirectStart.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DirectStart leaseId. */
            leaseId: string;

            /** DirectStart runId. */
            runId: string;

            /** DirectStart inputJson. */
            inputJson: string;

            /** DirectStart origin. */
            origin?: (weft.v1.RunOrigin.$Properties|null);

            /** DirectStart watch. */
            watch: boolean;

            /** DirectStart part. */
            part: boolean;

            /** DirectStart partEnd. */
            partEnd: boolean;

            /** DirectStart error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /**
             * Creates a new DirectStart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DirectStart instance
             */
            static create(properties: weft.v1.DirectStart.$Shape): weft.v1.DirectStart & weft.v1.DirectStart.$Shape;
            static create(properties?: weft.v1.DirectStart.$Properties): weft.v1.DirectStart;

            /**
             * Encodes the specified DirectStart message. Does not implicitly {@link weft.v1.DirectStart.verify|verify} messages.
             * @param message DirectStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.DirectStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DirectStart message, length delimited. Does not implicitly {@link weft.v1.DirectStart.verify|verify} messages.
             * @param message DirectStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.DirectStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DirectStart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.DirectStart & weft.v1.DirectStart.$Shape} DirectStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.DirectStart & weft.v1.DirectStart.$Shape;

            /**
             * Decodes a DirectStart message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.DirectStart & weft.v1.DirectStart.$Shape} DirectStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.DirectStart & weft.v1.DirectStart.$Shape;

            /**
             * Creates a DirectStart message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DirectStart
             */
            static fromObject(object: { [k: string]: any }): weft.v1.DirectStart;

            /**
             * Creates a plain object from a DirectStart message. Also converts values to other types if specified.
             * @param message DirectStart
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.DirectStart, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DirectStart to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DirectStart
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DirectStart {

            /** Properties of a DirectStart. */
            interface $Properties {

                /** DirectStart leaseId */
                leaseId?: (string|null);

                /** DirectStart runId */
                runId?: (string|null);

                /** DirectStart inputJson */
                inputJson?: (string|null);

                /** DirectStart origin */
                origin?: (weft.v1.RunOrigin.$Properties|null);

                /** DirectStart watch */
                watch?: (boolean|null);

                /** DirectStart part */
                part?: (boolean|null);

                /** DirectStart partEnd */
                partEnd?: (boolean|null);

                /** DirectStart error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DirectStart. */
            type $Shape = weft.v1.DirectStart.$Properties;
        }

        /**
         * Properties of a DirectReply.
         * @deprecated Use weft.v1.DirectReply.$Properties instead.
         */
        interface IDirectReply extends weft.v1.DirectReply.$Properties {
        }

        /** Represents a DirectReply. */
        class DirectReply {

            /**
             * Constructs a new DirectReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.DirectReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DirectReply error. */
            error?: (weft.v1.ErrorInfo.$Properties|null);

            /** DirectReply result. */
            result?: (weft.v1.ExpressResult.$Properties|null);

            /** DirectReply failure. */
            failure?: (weft.v1.ErrorInfo.$Properties|null);

            /**
             * Creates a new DirectReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DirectReply instance
             */
            static create(properties: weft.v1.DirectReply.$Shape): weft.v1.DirectReply & weft.v1.DirectReply.$Shape;
            static create(properties?: weft.v1.DirectReply.$Properties): weft.v1.DirectReply;

            /**
             * Encodes the specified DirectReply message. Does not implicitly {@link weft.v1.DirectReply.verify|verify} messages.
             * @param message DirectReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.DirectReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DirectReply message, length delimited. Does not implicitly {@link weft.v1.DirectReply.verify|verify} messages.
             * @param message DirectReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.DirectReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DirectReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.DirectReply & weft.v1.DirectReply.$Shape} DirectReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.DirectReply & weft.v1.DirectReply.$Shape;

            /**
             * Decodes a DirectReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.DirectReply & weft.v1.DirectReply.$Shape} DirectReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.DirectReply & weft.v1.DirectReply.$Shape;

            /**
             * Creates a DirectReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DirectReply
             */
            static fromObject(object: { [k: string]: any }): weft.v1.DirectReply;

            /**
             * Creates a plain object from a DirectReply message. Also converts values to other types if specified.
             * @param message DirectReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.DirectReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DirectReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DirectReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DirectReply {

            /** Properties of a DirectReply. */
            interface $Properties {

                /** DirectReply error */
                error?: (weft.v1.ErrorInfo.$Properties|null);

                /** DirectReply result */
                result?: (weft.v1.ExpressResult.$Properties|null);

                /** DirectReply failure */
                failure?: (weft.v1.ErrorInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DirectReply. */
            type $Shape = weft.v1.DirectReply.$Properties;
        }

        /**
         * Properties of an ExpressProbe.
         * @deprecated Use weft.v1.ExpressProbe.$Properties instead.
         */
        interface IExpressProbe extends weft.v1.ExpressProbe.$Properties {
        }

        /** Represents an ExpressProbe. */
        class ExpressProbe {

            /**
             * Constructs a new ExpressProbe.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.ExpressProbe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExpressProbe runId. */
            runId: string;

            /**
             * Creates a new ExpressProbe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExpressProbe instance
             */
            static create(properties: weft.v1.ExpressProbe.$Shape): weft.v1.ExpressProbe & weft.v1.ExpressProbe.$Shape;
            static create(properties?: weft.v1.ExpressProbe.$Properties): weft.v1.ExpressProbe;

            /**
             * Encodes the specified ExpressProbe message. Does not implicitly {@link weft.v1.ExpressProbe.verify|verify} messages.
             * @param message ExpressProbe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.ExpressProbe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExpressProbe message, length delimited. Does not implicitly {@link weft.v1.ExpressProbe.verify|verify} messages.
             * @param message ExpressProbe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.ExpressProbe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExpressProbe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.ExpressProbe & weft.v1.ExpressProbe.$Shape} ExpressProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ExpressProbe & weft.v1.ExpressProbe.$Shape;

            /**
             * Decodes an ExpressProbe message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.ExpressProbe & weft.v1.ExpressProbe.$Shape} ExpressProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.ExpressProbe & weft.v1.ExpressProbe.$Shape;

            /**
             * Creates an ExpressProbe message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExpressProbe
             */
            static fromObject(object: { [k: string]: any }): weft.v1.ExpressProbe;

            /**
             * Creates a plain object from an ExpressProbe message. Also converts values to other types if specified.
             * @param message ExpressProbe
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.ExpressProbe, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExpressProbe to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExpressProbe
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExpressProbe {

            /** Properties of an ExpressProbe. */
            interface $Properties {

                /** ExpressProbe runId */
                runId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExpressProbe. */
            type $Shape = weft.v1.ExpressProbe.$Properties;
        }

        /**
         * Properties of an ExpressProbeReply.
         * @deprecated Use weft.v1.ExpressProbeReply.$Properties instead.
         */
        interface IExpressProbeReply extends weft.v1.ExpressProbeReply.$Properties {
        }

        /** Represents an ExpressProbeReply. */
        class ExpressProbeReply {

            /**
             * Constructs a new ExpressProbeReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.ExpressProbeReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExpressProbeReply held. */
            held: boolean;

            /** ExpressProbeReply coordinator. */
            coordinator: string;

            /**
             * Creates a new ExpressProbeReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExpressProbeReply instance
             */
            static create(properties: weft.v1.ExpressProbeReply.$Shape): weft.v1.ExpressProbeReply & weft.v1.ExpressProbeReply.$Shape;
            static create(properties?: weft.v1.ExpressProbeReply.$Properties): weft.v1.ExpressProbeReply;

            /**
             * Encodes the specified ExpressProbeReply message. Does not implicitly {@link weft.v1.ExpressProbeReply.verify|verify} messages.
             * @param message ExpressProbeReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.ExpressProbeReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExpressProbeReply message, length delimited. Does not implicitly {@link weft.v1.ExpressProbeReply.verify|verify} messages.
             * @param message ExpressProbeReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.ExpressProbeReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExpressProbeReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.ExpressProbeReply & weft.v1.ExpressProbeReply.$Shape} ExpressProbeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ExpressProbeReply & weft.v1.ExpressProbeReply.$Shape;

            /**
             * Decodes an ExpressProbeReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.ExpressProbeReply & weft.v1.ExpressProbeReply.$Shape} ExpressProbeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.ExpressProbeReply & weft.v1.ExpressProbeReply.$Shape;

            /**
             * Creates an ExpressProbeReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExpressProbeReply
             */
            static fromObject(object: { [k: string]: any }): weft.v1.ExpressProbeReply;

            /**
             * Creates a plain object from an ExpressProbeReply message. Also converts values to other types if specified.
             * @param message ExpressProbeReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.ExpressProbeReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExpressProbeReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExpressProbeReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExpressProbeReply {

            /** Properties of an ExpressProbeReply. */
            interface $Properties {

                /** ExpressProbeReply held */
                held?: (boolean|null);

                /** ExpressProbeReply coordinator */
                coordinator?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExpressProbeReply. */
            type $Shape = weft.v1.ExpressProbeReply.$Properties;
        }

        /**
         * Properties of a NodeCost.
         * @deprecated Use weft.v1.NodeCost.$Properties instead.
         */
        interface INodeCost extends weft.v1.NodeCost.$Properties {
        }

        /** Represents a NodeCost. */
        class NodeCost {

            /**
             * Constructs a new NodeCost.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.NodeCost.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeCost node. */
            node: string;

            /** NodeCost attempts. */
            attempts: number;

            /** NodeCost measured. */
            measured: number;

            /** NodeCost durationMs. */
            durationMs: number;

            /** NodeCost billedMs. */
            billedMs: number;

            /** NodeCost cpuMs. */
            cpuMs: number;

            /** NodeCost memoryMbS. */
            memoryMbS: number;

            /** NodeCost heapGrowthBytes. */
            heapGrowthBytes: number;

            /** NodeCost outputBytes. */
            outputBytes: number;

            /**
             * Creates a new NodeCost instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeCost instance
             */
            static create(properties: weft.v1.NodeCost.$Shape): weft.v1.NodeCost & weft.v1.NodeCost.$Shape;
            static create(properties?: weft.v1.NodeCost.$Properties): weft.v1.NodeCost;

            /**
             * Encodes the specified NodeCost message. Does not implicitly {@link weft.v1.NodeCost.verify|verify} messages.
             * @param message NodeCost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.NodeCost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeCost message, length delimited. Does not implicitly {@link weft.v1.NodeCost.verify|verify} messages.
             * @param message NodeCost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.NodeCost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeCost message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.NodeCost & weft.v1.NodeCost.$Shape} NodeCost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.NodeCost & weft.v1.NodeCost.$Shape;

            /**
             * Decodes a NodeCost message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.NodeCost & weft.v1.NodeCost.$Shape} NodeCost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.NodeCost & weft.v1.NodeCost.$Shape;

            /**
             * Creates a NodeCost message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeCost
             */
            static fromObject(object: { [k: string]: any }): weft.v1.NodeCost;

            /**
             * Creates a plain object from a NodeCost message. Also converts values to other types if specified.
             * @param message NodeCost
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.NodeCost, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeCost to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeCost
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeCost {

            /** Properties of a NodeCost. */
            interface $Properties {

                /** NodeCost node */
                node?: (string|null);

                /** NodeCost attempts */
                attempts?: (number|null);

                /** NodeCost measured */
                measured?: (number|null);

                /** NodeCost durationMs */
                durationMs?: (number|null);

                /** NodeCost billedMs */
                billedMs?: (number|null);

                /** NodeCost cpuMs */
                cpuMs?: (number|null);

                /** NodeCost memoryMbS */
                memoryMbS?: (number|null);

                /** NodeCost heapGrowthBytes */
                heapGrowthBytes?: (number|null);

                /** NodeCost outputBytes */
                outputBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeCost. */
            type $Shape = weft.v1.NodeCost.$Properties;
        }

        /**
         * Properties of a RunCost.
         * @deprecated Use weft.v1.RunCost.$Properties instead.
         */
        interface IRunCost extends weft.v1.RunCost.$Properties {
        }

        /** Represents a RunCost. */
        class RunCost {

            /**
             * Constructs a new RunCost.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.RunCost.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunCost wallMs. */
            wallMs: number;

            /** RunCost durationMs. */
            durationMs: number;

            /** RunCost billedMs. */
            billedMs: number;

            /** RunCost cpuMs. */
            cpuMs: number;

            /** RunCost memoryMbS. */
            memoryMbS: number;

            /** RunCost natsMsgs. */
            natsMsgs: number;

            /** RunCost natsBytes. */
            natsBytes: number;

            /** RunCost attempts. */
            attempts: number;

            /** RunCost nodes. */
            nodes: weft.v1.NodeCost.$Properties[];

            /**
             * Creates a new RunCost instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunCost instance
             */
            static create(properties: weft.v1.RunCost.$Shape): weft.v1.RunCost & weft.v1.RunCost.$Shape;
            static create(properties?: weft.v1.RunCost.$Properties): weft.v1.RunCost;

            /**
             * Encodes the specified RunCost message. Does not implicitly {@link weft.v1.RunCost.verify|verify} messages.
             * @param message RunCost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.RunCost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RunCost message, length delimited. Does not implicitly {@link weft.v1.RunCost.verify|verify} messages.
             * @param message RunCost message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.RunCost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunCost message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.RunCost & weft.v1.RunCost.$Shape} RunCost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.RunCost & weft.v1.RunCost.$Shape;

            /**
             * Decodes a RunCost message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.RunCost & weft.v1.RunCost.$Shape} RunCost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.RunCost & weft.v1.RunCost.$Shape;

            /**
             * Creates a RunCost message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunCost
             */
            static fromObject(object: { [k: string]: any }): weft.v1.RunCost;

            /**
             * Creates a plain object from a RunCost message. Also converts values to other types if specified.
             * @param message RunCost
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.RunCost, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunCost to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunCost
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunCost {

            /** Properties of a RunCost. */
            interface $Properties {

                /** RunCost wallMs */
                wallMs?: (number|null);

                /** RunCost durationMs */
                durationMs?: (number|null);

                /** RunCost billedMs */
                billedMs?: (number|null);

                /** RunCost cpuMs */
                cpuMs?: (number|null);

                /** RunCost memoryMbS */
                memoryMbS?: (number|null);

                /** RunCost natsMsgs */
                natsMsgs?: (number|null);

                /** RunCost natsBytes */
                natsBytes?: (number|null);

                /** RunCost attempts */
                attempts?: (number|null);

                /** RunCost nodes */
                nodes?: (weft.v1.NodeCost.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunCost. */
            type $Shape = weft.v1.RunCost.$Properties;
        }

        /**
         * Properties of a CoordinatorUp.
         * @deprecated Use weft.v1.CoordinatorUp.$Properties instead.
         */
        interface ICoordinatorUp extends weft.v1.CoordinatorUp.$Properties {
        }

        /** Represents a CoordinatorUp. */
        class CoordinatorUp {

            /**
             * Constructs a new CoordinatorUp.
             * @param [properties] Properties to set
             */
            constructor(properties?: weft.v1.CoordinatorUp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CoordinatorUp warmBundles. */
            warmBundles: string[];

            /**
             * Creates a new CoordinatorUp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CoordinatorUp instance
             */
            static create(properties: weft.v1.CoordinatorUp.$Shape): weft.v1.CoordinatorUp & weft.v1.CoordinatorUp.$Shape;
            static create(properties?: weft.v1.CoordinatorUp.$Properties): weft.v1.CoordinatorUp;

            /**
             * Encodes the specified CoordinatorUp message. Does not implicitly {@link weft.v1.CoordinatorUp.verify|verify} messages.
             * @param message CoordinatorUp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: weft.v1.CoordinatorUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CoordinatorUp message, length delimited. Does not implicitly {@link weft.v1.CoordinatorUp.verify|verify} messages.
             * @param message CoordinatorUp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: weft.v1.CoordinatorUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CoordinatorUp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {weft.v1.CoordinatorUp & weft.v1.CoordinatorUp.$Shape} CoordinatorUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.CoordinatorUp & weft.v1.CoordinatorUp.$Shape;

            /**
             * Decodes a CoordinatorUp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {weft.v1.CoordinatorUp & weft.v1.CoordinatorUp.$Shape} CoordinatorUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): weft.v1.CoordinatorUp & weft.v1.CoordinatorUp.$Shape;

            /**
             * Creates a CoordinatorUp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CoordinatorUp
             */
            static fromObject(object: { [k: string]: any }): weft.v1.CoordinatorUp;

            /**
             * Creates a plain object from a CoordinatorUp message. Also converts values to other types if specified.
             * @param message CoordinatorUp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: weft.v1.CoordinatorUp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CoordinatorUp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CoordinatorUp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CoordinatorUp {

            /** Properties of a CoordinatorUp. */
            interface $Properties {

                /** CoordinatorUp warmBundles */
                warmBundles?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CoordinatorUp. */
            type $Shape = weft.v1.CoordinatorUp.$Properties;
        }
    }
}
