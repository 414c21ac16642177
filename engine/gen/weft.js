/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const weft = $root.weft = (() => {

    /**
     * Namespace weft.
     * @exports weft
     * @namespace
     */
    const weft = {};

    weft.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof weft
         * @namespace
         */
        const v1 = {};

        v1.RetryPolicy = (function() {

            /**
             * Properties of a RetryPolicy.
             * @typedef {Object} weft.v1.RetryPolicy.$Properties
             * @property {number|null} [maxAttempts] RetryPolicy maxAttempts
             * @property {number|null} [backoffMs] RetryPolicy backoffMs
             * @property {number|null} [backoffFactor] RetryPolicy backoffFactor
             * @property {number|null} [maxBackoffMs] RetryPolicy maxBackoffMs
             * @property {number|null} [jitter] RetryPolicy jitter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RetryPolicy.
             * @memberof weft.v1
             * @interface IRetryPolicy
             * @augments weft.v1.RetryPolicy.$Properties
             * @deprecated Use weft.v1.RetryPolicy.$Properties instead.
             */

            /**
             * Shape of a RetryPolicy.
             * @typedef {weft.v1.RetryPolicy.$Properties} weft.v1.RetryPolicy.$Shape
             */

            /**
             * Constructs a new RetryPolicy.
             * @memberof weft.v1
             * @classdesc Represents a RetryPolicy.
             * @constructor
             * @param {weft.v1.RetryPolicy.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RetryPolicy = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RetryPolicy maxAttempts.
             * @member {number} maxAttempts
             * @memberof weft.v1.RetryPolicy
             * @instance
             */
            RetryPolicy.prototype.maxAttempts = 0;

            /**
             * RetryPolicy backoffMs.
             * @member {number} backoffMs
             * @memberof weft.v1.RetryPolicy
             * @instance
             */
            RetryPolicy.prototype.backoffMs = 0;

            /**
             * RetryPolicy backoffFactor.
             * @member {number} backoffFactor
             * @memberof weft.v1.RetryPolicy
             * @instance
             */
            RetryPolicy.prototype.backoffFactor = 0;

            /**
             * RetryPolicy maxBackoffMs.
             * @member {number} maxBackoffMs
             * @memberof weft.v1.RetryPolicy
             * @instance
             */
            RetryPolicy.prototype.maxBackoffMs = 0;

            /**
             * RetryPolicy jitter.
             * @member {number} jitter
             * @memberof weft.v1.RetryPolicy
             * @instance
             */
            RetryPolicy.prototype.jitter = 0;

            /**
             * Creates a new RetryPolicy instance using the specified properties.
             * @function create
             * @memberof weft.v1.RetryPolicy
             * @static
             * @param {weft.v1.RetryPolicy.$Properties=} [properties] Properties to set
             * @returns {weft.v1.RetryPolicy} RetryPolicy instance
             * @type {{
             *   (properties: weft.v1.RetryPolicy.$Shape): weft.v1.RetryPolicy & weft.v1.RetryPolicy.$Shape;
             *   (properties?: weft.v1.RetryPolicy.$Properties): weft.v1.RetryPolicy;
             * }}
             */
            RetryPolicy.create = function(properties) {
                return new RetryPolicy(properties);
            };

            /**
             * Encodes the specified RetryPolicy message. Does not implicitly {@link weft.v1.RetryPolicy.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.RetryPolicy
             * @static
             * @param {weft.v1.RetryPolicy.$Properties} message RetryPolicy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RetryPolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxAttempts != null && $Object.hasOwnProperty.call(message, "maxAttempts") && message.maxAttempts !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.maxAttempts);
                if (message.backoffMs != null && $Object.hasOwnProperty.call(message, "backoffMs") && message.backoffMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.backoffMs);
                if (message.backoffFactor != null && $Object.hasOwnProperty.call(message, "backoffFactor") && !$Object.is(message.backoffFactor, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.backoffFactor);
                if (message.maxBackoffMs != null && $Object.hasOwnProperty.call(message, "maxBackoffMs") && message.maxBackoffMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxBackoffMs);
                if (message.jitter != null && $Object.hasOwnProperty.call(message, "jitter") && !$Object.is(message.jitter, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.jitter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RetryPolicy message, length delimited. Does not implicitly {@link weft.v1.RetryPolicy.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.RetryPolicy
             * @static
             * @param {weft.v1.RetryPolicy.$Properties} message RetryPolicy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RetryPolicy.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RetryPolicy message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.RetryPolicy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.RetryPolicy & weft.v1.RetryPolicy.$Shape} RetryPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RetryPolicy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.RetryPolicy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxAttempts = value;
                            else
                                delete message.maxAttempts;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.backoffMs = value;
                            else
                                delete message.backoffMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.backoffFactor = value;
                            else
                                delete message.backoffFactor;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxBackoffMs = value;
                            else
                                delete message.maxBackoffMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.jitter = value;
                            else
                                delete message.jitter;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RetryPolicy message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.RetryPolicy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.RetryPolicy & weft.v1.RetryPolicy.$Shape} RetryPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RetryPolicy.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a RetryPolicy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.RetryPolicy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.RetryPolicy} RetryPolicy
             */
            RetryPolicy.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.RetryPolicy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.RetryPolicy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.RetryPolicy();
                if (object.maxAttempts != null)
                    if ($Number(object.maxAttempts) !== 0)
                        message.maxAttempts = object.maxAttempts >>> 0;
                if (object.backoffMs != null)
                    if ($Number(object.backoffMs) !== 0)
                        message.backoffMs = object.backoffMs >>> 0;
                if (object.backoffFactor != null)
                    if (!$Object.is($Number(object.backoffFactor), 0))
                        message.backoffFactor = $Number(object.backoffFactor);
                if (object.maxBackoffMs != null)
                    if ($Number(object.maxBackoffMs) !== 0)
                        message.maxBackoffMs = object.maxBackoffMs >>> 0;
                if (object.jitter != null)
                    if (!$Object.is($Number(object.jitter), 0))
                        message.jitter = $Number(object.jitter);
                return message;
            };

            /**
             * Creates a plain object from a RetryPolicy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.RetryPolicy
             * @static
             * @param {weft.v1.RetryPolicy} message RetryPolicy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RetryPolicy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.maxAttempts = 0;
                    object.backoffMs = 0;
                    object.backoffFactor = 0;
                    object.maxBackoffMs = 0;
                    object.jitter = 0;
                }
                if (message.maxAttempts != null && $Object.hasOwnProperty.call(message, "maxAttempts"))
                    object.maxAttempts = message.maxAttempts;
                if (message.backoffMs != null && $Object.hasOwnProperty.call(message, "backoffMs"))
                    object.backoffMs = message.backoffMs;
                if (message.backoffFactor != null && $Object.hasOwnProperty.call(message, "backoffFactor"))
                    object.backoffFactor = options.json && !$isFinite(message.backoffFactor) ? $String(message.backoffFactor) : message.backoffFactor;
                if (message.maxBackoffMs != null && $Object.hasOwnProperty.call(message, "maxBackoffMs"))
                    object.maxBackoffMs = message.maxBackoffMs;
                if (message.jitter != null && $Object.hasOwnProperty.call(message, "jitter"))
                    object.jitter = options.json && !$isFinite(message.jitter) ? $String(message.jitter) : message.jitter;
                return object;
            };

            /**
             * Converts this RetryPolicy to JSON.
             * @function toJSON
             * @memberof weft.v1.RetryPolicy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RetryPolicy.prototype.toJSON = function() {
                return RetryPolicy.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RetryPolicy
             * @function getTypeUrl
             * @memberof weft.v1.RetryPolicy
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RetryPolicy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.RetryPolicy";
            };

            return RetryPolicy;
        })();

        /**
         * NodeKind enum.
         * @name weft.v1.NodeKind
         * @enum {number}
         * @property {number} NODE_KIND_UNSPECIFIED=0 NODE_KIND_UNSPECIFIED value
         * @property {number} NODE_KIND_TASK=1 NODE_KIND_TASK value
         * @property {number} NODE_KIND_MAP=2 NODE_KIND_MAP value
         * @property {number} NODE_KIND_STAGE=3 NODE_KIND_STAGE value
         * @property {number} NODE_KIND_AGGREGATE=4 NODE_KIND_AGGREGATE value
         * @property {number} NODE_KIND_COLLECT=5 NODE_KIND_COLLECT value
         */
        v1.NodeKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NODE_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NODE_KIND_TASK"] = 1;
            values[valuesById[2] = "NODE_KIND_MAP"] = 2;
            values[valuesById[3] = "NODE_KIND_STAGE"] = 3;
            values[valuesById[4] = "NODE_KIND_AGGREGATE"] = 4;
            values[valuesById[5] = "NODE_KIND_COLLECT"] = 5;
            return values;
        })();

        /**
         * EdgeRouting enum.
         * @name weft.v1.EdgeRouting
         * @enum {number}
         * @property {number} EDGE_ROUTING_VALUE=0 EDGE_ROUTING_VALUE value
         * @property {number} EDGE_ROUTING_FORWARD=1 EDGE_ROUTING_FORWARD value
         * @property {number} EDGE_ROUTING_SHUFFLE=2 EDGE_ROUTING_SHUFFLE value
         * @property {number} EDGE_ROUTING_GATHER=3 EDGE_ROUTING_GATHER value
         * @property {number} EDGE_ROUTING_AGGREGATE=4 EDGE_ROUTING_AGGREGATE value
         * @property {number} EDGE_ROUTING_BROADCAST=5 EDGE_ROUTING_BROADCAST value
         */
        v1.EdgeRouting = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EDGE_ROUTING_VALUE"] = 0;
            values[valuesById[1] = "EDGE_ROUTING_FORWARD"] = 1;
            values[valuesById[2] = "EDGE_ROUTING_SHUFFLE"] = 2;
            values[valuesById[3] = "EDGE_ROUTING_GATHER"] = 3;
            values[valuesById[4] = "EDGE_ROUTING_AGGREGATE"] = 4;
            values[valuesById[5] = "EDGE_ROUTING_BROADCAST"] = 5;
            return values;
        })();

        /**
         * InputShape enum.
         * @name weft.v1.InputShape
         * @enum {number}
         * @property {number} INPUT_SHAPE_NONE=0 INPUT_SHAPE_NONE value
         * @property {number} INPUT_SHAPE_SINGLE=1 INPUT_SHAPE_SINGLE value
         * @property {number} INPUT_SHAPE_TUPLE=2 INPUT_SHAPE_TUPLE value
         */
        v1.InputShape = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "INPUT_SHAPE_NONE"] = 0;
            values[valuesById[1] = "INPUT_SHAPE_SINGLE"] = 1;
            values[valuesById[2] = "INPUT_SHAPE_TUPLE"] = 2;
            return values;
        })();

        v1.NodeSpec = (function() {

            /**
             * Properties of a NodeSpec.
             * @typedef {Object} weft.v1.NodeSpec.$Properties
             * @property {string|null} [name] NodeSpec name
             * @property {weft.v1.NodeKind|null} [kind] NodeSpec kind
             * @property {Array.<string>|null} [deps] NodeSpec deps
             * @property {weft.v1.InputShape|null} [inputShape] NodeSpec inputShape
             * @property {weft.v1.RetryPolicy.$Properties|null} [retry] NodeSpec retry
             * @property {number|null} [timeoutMs] NodeSpec timeoutMs
             * @property {boolean|null} [hasInit] NodeSpec hasInit
             * @property {number|null} [sizeHint] NodeSpec sizeHint
             * @property {string|null} [op] NodeSpec op
             * @property {number|null} [partitions] NodeSpec partitions
             * @property {boolean|null} [partitionsFromInput] NodeSpec partitionsFromInput
             * @property {Array.<weft.v1.EdgeRouting>|null} [routing] NodeSpec routing
             * @property {Array.<string>|null} [onFailure] NodeSpec onFailure
             * @property {boolean|null} [isolate] NodeSpec isolate
             * @property {number|null} [memoryLimitMb] NodeSpec memoryLimitMb
             * @property {number|null} [fanin] NodeSpec fanin
             * @property {boolean|null} [faninFromInput] NodeSpec faninFromInput
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeSpec.
             * @memberof weft.v1
             * @interface INodeSpec
             * @augments weft.v1.NodeSpec.$Properties
             * @deprecated Use weft.v1.NodeSpec.$Properties instead.
             */

            /**
             * Shape of a NodeSpec.
             * @typedef {weft.v1.NodeSpec.$Properties} weft.v1.NodeSpec.$Shape
             */

            /**
             * Constructs a new NodeSpec.
             * @memberof weft.v1
             * @classdesc Represents a NodeSpec.
             * @constructor
             * @param {weft.v1.NodeSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeSpec = function (properties) {
                this.deps = [];
                this.routing = [];
                this.onFailure = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeSpec name.
             * @member {string} name
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.name = "";

            /**
             * NodeSpec kind.
             * @member {weft.v1.NodeKind} kind
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.kind = 0;

            /**
             * NodeSpec deps.
             * @member {Array.<string>} deps
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.deps = $util.emptyArray;

            /**
             * NodeSpec inputShape.
             * @member {weft.v1.InputShape} inputShape
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.inputShape = 0;

            /**
             * NodeSpec retry.
             * @member {weft.v1.RetryPolicy.$Properties|null|undefined} retry
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.retry = null;

            /**
             * NodeSpec timeoutMs.
             * @member {number} timeoutMs
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.timeoutMs = 0;

            /**
             * NodeSpec hasInit.
             * @member {boolean} hasInit
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.hasInit = false;

            /**
             * NodeSpec sizeHint.
             * @member {number} sizeHint
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.sizeHint = 0;

            /**
             * NodeSpec op.
             * @member {string} op
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.op = "";

            /**
             * NodeSpec partitions.
             * @member {number} partitions
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.partitions = 0;

            /**
             * NodeSpec partitionsFromInput.
             * @member {boolean} partitionsFromInput
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.partitionsFromInput = false;

            /**
             * NodeSpec routing.
             * @member {Array.<weft.v1.EdgeRouting>} routing
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.routing = $util.emptyArray;

            /**
             * NodeSpec onFailure.
             * @member {Array.<string>} onFailure
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.onFailure = $util.emptyArray;

            /**
             * NodeSpec isolate.
             * @member {boolean} isolate
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.isolate = false;

            /**
             * NodeSpec memoryLimitMb.
             * @member {number} memoryLimitMb
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.memoryLimitMb = 0;

            /**
             * NodeSpec fanin.
             * @member {number} fanin
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.fanin = 0;

            /**
             * NodeSpec faninFromInput.
             * @member {boolean} faninFromInput
             * @memberof weft.v1.NodeSpec
             * @instance
             */
            NodeSpec.prototype.faninFromInput = false;

            /**
             * Creates a new NodeSpec instance using the specified properties.
             * @function create
             * @memberof weft.v1.NodeSpec
             * @static
             * @param {weft.v1.NodeSpec.$Properties=} [properties] Properties to set
             * @returns {weft.v1.NodeSpec} NodeSpec instance
             * @type {{
             *   (properties: weft.v1.NodeSpec.$Shape): weft.v1.NodeSpec & weft.v1.NodeSpec.$Shape;
             *   (properties?: weft.v1.NodeSpec.$Properties): weft.v1.NodeSpec;
             * }}
             */
            NodeSpec.create = function(properties) {
                return new NodeSpec(properties);
            };

            /**
             * Encodes the specified NodeSpec message. Does not implicitly {@link weft.v1.NodeSpec.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.NodeSpec
             * @static
             * @param {weft.v1.NodeSpec.$Properties} message NodeSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.deps != null && message.deps.length)
                    for (let i = 0; i < message.deps.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.deps[i]);
                if (message.inputShape != null && $Object.hasOwnProperty.call(message, "inputShape") && message.inputShape !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.inputShape);
                if (message.retry != null && $Object.hasOwnProperty.call(message, "retry"))
                    $root.weft.v1.RetryPolicy.encode(message.retry, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.timeoutMs);
                if (message.hasInit != null && $Object.hasOwnProperty.call(message, "hasInit") && message.hasInit !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.hasInit);
                if (message.sizeHint != null && $Object.hasOwnProperty.call(message, "sizeHint") && !$Object.is(message.sizeHint, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.sizeHint);
                if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.op);
                if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions") && message.partitions !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.partitions);
                if (message.partitionsFromInput != null && $Object.hasOwnProperty.call(message, "partitionsFromInput") && message.partitionsFromInput !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.partitionsFromInput);
                if (message.routing != null && message.routing.length)
                    writer.uint32(/* id 12, wireType 2 =*/98).int32s(message.routing);
                if (message.onFailure != null && message.onFailure.length)
                    for (let i = 0; i < message.onFailure.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.onFailure[i]);
                if (message.isolate != null && $Object.hasOwnProperty.call(message, "isolate") && message.isolate !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.isolate);
                if (message.memoryLimitMb != null && $Object.hasOwnProperty.call(message, "memoryLimitMb") && message.memoryLimitMb !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.memoryLimitMb);
                if (message.fanin != null && $Object.hasOwnProperty.call(message, "fanin") && message.fanin !== 0)
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.fanin);
                if (message.faninFromInput != null && $Object.hasOwnProperty.call(message, "faninFromInput") && message.faninFromInput !== false)
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.faninFromInput);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodeSpec message, length delimited. Does not implicitly {@link weft.v1.NodeSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.NodeSpec
             * @static
             * @param {weft.v1.NodeSpec.$Properties} message NodeSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeSpec message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.NodeSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.NodeSpec & weft.v1.NodeSpec.$Shape} NodeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.NodeSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.deps && message.deps.length))
                                message.deps = [];
                            message.deps.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.inputShape = value;
                            else
                                delete message.inputShape;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.retry = $root.weft.v1.RetryPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.retry);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasInit = value;
                            else
                                delete message.hasInit;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sizeHint = value;
                            else
                                delete message.sizeHint;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.op = value;
                            else
                                delete message.op;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partitions = value;
                            else
                                delete message.partitions;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.partitionsFromInput = value;
                            else
                                delete message.partitionsFromInput;
                            continue;
                        }
                    case 12: {
                            if (wireType === 2) {
                                if (!(message.routing && message.routing.length))
                                    message.routing = [];
                                reader.int32s(message.routing);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.routing && message.routing.length))
                                message.routing = [];
                            message.routing.push(reader.int32());
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.onFailure && message.onFailure.length))
                                message.onFailure = [];
                            message.onFailure.push(reader.stringVerify());
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isolate = value;
                            else
                                delete message.isolate;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memoryLimitMb = value;
                            else
                                delete message.memoryLimitMb;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fanin = value;
                            else
                                delete message.fanin;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.faninFromInput = value;
                            else
                                delete message.faninFromInput;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NodeSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.NodeSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.NodeSpec & weft.v1.NodeSpec.$Shape} NodeSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a NodeSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.NodeSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.NodeSpec} NodeSpec
             */
            NodeSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.NodeSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.NodeSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.NodeSpec();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.weft.v1.NodeKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "NODE_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "NODE_KIND_TASK":
                    case 1:
                        message.kind = 1;
                        break;
                    case "NODE_KIND_MAP":
                    case 2:
                        message.kind = 2;
                        break;
                    case "NODE_KIND_STAGE":
                    case 3:
                        message.kind = 3;
                        break;
                    case "NODE_KIND_AGGREGATE":
                    case 4:
                        message.kind = 4;
                        break;
                    case "NODE_KIND_COLLECT":
                    case 5:
                        message.kind = 5;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.deps) {
                    if (!$Array.isArray(object.deps))
                        throw $TypeError(".weft.v1.NodeSpec.deps: array expected");
                    message.deps = $Array(object.deps.length);
                    for (let i = 0; i < object.deps.length; ++i)
                        message.deps[i] = $String(object.deps[i]);
                }
                if (object.inputShape !== 0 && (typeof object.inputShape !== "string" || $root.weft.v1.InputShape[object.inputShape] !== 0))
                    switch (object.inputShape) {
                    case "INPUT_SHAPE_NONE":
                    case 0:
                        message.inputShape = 0;
                        break;
                    case "INPUT_SHAPE_SINGLE":
                    case 1:
                        message.inputShape = 1;
                        break;
                    case "INPUT_SHAPE_TUPLE":
                    case 2:
                        message.inputShape = 2;
                        break;
                    default:
                        if (typeof object.inputShape === "number" && (object.inputShape | 0) === object.inputShape)
                            message.inputShape = object.inputShape;
                    }
                if (object.retry != null) {
                    if (!$util.isObject(object.retry))
                        throw $TypeError(".weft.v1.NodeSpec.retry: object expected");
                    message.retry = $root.weft.v1.RetryPolicy.fromObject(object.retry, _depth + 1);
                }
                if (object.timeoutMs != null)
                    if ($Number(object.timeoutMs) !== 0)
                        message.timeoutMs = object.timeoutMs >>> 0;
                if (object.hasInit != null)
                    if (object.hasInit)
                        message.hasInit = $Boolean(object.hasInit);
                if (object.sizeHint != null)
                    if (!$Object.is($Number(object.sizeHint), 0))
                        message.sizeHint = $Number(object.sizeHint);
                if (object.op != null)
                    if (typeof object.op !== "string" || object.op.length)
                        message.op = $String(object.op);
                if (object.partitions != null)
                    if ($Number(object.partitions) !== 0)
                        message.partitions = object.partitions >>> 0;
                if (object.partitionsFromInput != null)
                    if (object.partitionsFromInput)
                        message.partitionsFromInput = $Boolean(object.partitionsFromInput);
                if (object.routing) {
                    if (!$Array.isArray(object.routing))
                        throw $TypeError(".weft.v1.NodeSpec.routing: array expected");
                    message.routing = [];
                    for (let i = 0; i < object.routing.length; ++i)
                        switch (object.routing[i]) {
                        case "EDGE_ROUTING_VALUE":
                        case 0:
                            message.routing[message.routing.length] = 0;
                            break;
                        case "EDGE_ROUTING_FORWARD":
                        case 1:
                            message.routing[message.routing.length] = 1;
                            break;
                        case "EDGE_ROUTING_SHUFFLE":
                        case 2:
                            message.routing[message.routing.length] = 2;
                            break;
                        case "EDGE_ROUTING_GATHER":
                        case 3:
                            message.routing[message.routing.length] = 3;
                            break;
                        case "EDGE_ROUTING_AGGREGATE":
                        case 4:
                            message.routing[message.routing.length] = 4;
                            break;
                        case "EDGE_ROUTING_BROADCAST":
                        case 5:
                            message.routing[message.routing.length] = 5;
                            break;
                        default:
                            if (typeof object.routing[i] === "number" && (object.routing[i] | 0) === object.routing[i])
                                message.routing[message.routing.length] = object.routing[i];
                        }
                }
                if (object.onFailure) {
                    if (!$Array.isArray(object.onFailure))
                        throw $TypeError(".weft.v1.NodeSpec.onFailure: array expected");
                    message.onFailure = $Array(object.onFailure.length);
                    for (let i = 0; i < object.onFailure.length; ++i)
                        message.onFailure[i] = $String(object.onFailure[i]);
                }
                if (object.isolate != null)
                    if (object.isolate)
                        message.isolate = $Boolean(object.isolate);
                if (object.memoryLimitMb != null)
                    if ($Number(object.memoryLimitMb) !== 0)
                        message.memoryLimitMb = object.memoryLimitMb >>> 0;
                if (object.fanin != null)
                    if ($Number(object.fanin) !== 0)
                        message.fanin = object.fanin >>> 0;
                if (object.faninFromInput != null)
                    if (object.faninFromInput)
                        message.faninFromInput = $Boolean(object.faninFromInput);
                return message;
            };

            /**
             * Creates a plain object from a NodeSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.NodeSpec
             * @static
             * @param {weft.v1.NodeSpec} message NodeSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.deps = [];
                    object.routing = [];
                    object.onFailure = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object.kind = options.enums === $String ? "NODE_KIND_UNSPECIFIED" : 0;
                    object.inputShape = options.enums === $String ? "INPUT_SHAPE_NONE" : 0;
                    object.retry = null;
                    object.timeoutMs = 0;
                    object.hasInit = false;
                    object.sizeHint = 0;
                    object.op = "";
                    object.partitions = 0;
                    object.partitionsFromInput = false;
                    object.isolate = false;
                    object.memoryLimitMb = 0;
                    object.fanin = 0;
                    object.faninFromInput = false;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.weft.v1.NodeKind[message.kind] === $undefined ? message.kind : $root.weft.v1.NodeKind[message.kind] : message.kind;
                if (message.deps && message.deps.length) {
                    object.deps = $Array(message.deps.length);
                    for (let j = 0; j < message.deps.length; ++j)
                        object.deps[j] = message.deps[j];
                }
                if (message.inputShape != null && $Object.hasOwnProperty.call(message, "inputShape"))
                    object.inputShape = options.enums === $String ? $root.weft.v1.InputShape[message.inputShape] === $undefined ? message.inputShape : $root.weft.v1.InputShape[message.inputShape] : message.inputShape;
                if (message.retry != null && $Object.hasOwnProperty.call(message, "retry"))
                    object.retry = $root.weft.v1.RetryPolicy.toObject(message.retry, options, _depth + 1);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs"))
                    object.timeoutMs = message.timeoutMs;
                if (message.hasInit != null && $Object.hasOwnProperty.call(message, "hasInit"))
                    object.hasInit = message.hasInit;
                if (message.sizeHint != null && $Object.hasOwnProperty.call(message, "sizeHint"))
                    object.sizeHint = options.json && !$isFinite(message.sizeHint) ? $String(message.sizeHint) : message.sizeHint;
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    object.op = message.op;
                if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions"))
                    object.partitions = message.partitions;
                if (message.partitionsFromInput != null && $Object.hasOwnProperty.call(message, "partitionsFromInput"))
                    object.partitionsFromInput = message.partitionsFromInput;
                if (message.routing && message.routing.length) {
                    object.routing = $Array(message.routing.length);
                    for (let j = 0; j < message.routing.length; ++j)
                        object.routing[j] = options.enums === $String ? $root.weft.v1.EdgeRouting[message.routing[j]] === $undefined ? message.routing[j] : $root.weft.v1.EdgeRouting[message.routing[j]] : message.routing[j];
                }
                if (message.onFailure && message.onFailure.length) {
                    object.onFailure = $Array(message.onFailure.length);
                    for (let j = 0; j < message.onFailure.length; ++j)
                        object.onFailure[j] = message.onFailure[j];
                }
                if (message.isolate != null && $Object.hasOwnProperty.call(message, "isolate"))
                    object.isolate = message.isolate;
                if (message.memoryLimitMb != null && $Object.hasOwnProperty.call(message, "memoryLimitMb"))
                    object.memoryLimitMb = message.memoryLimitMb;
                if (message.fanin != null && $Object.hasOwnProperty.call(message, "fanin"))
                    object.fanin = message.fanin;
                if (message.faninFromInput != null && $Object.hasOwnProperty.call(message, "faninFromInput"))
                    object.faninFromInput = message.faninFromInput;
                return object;
            };

            /**
             * Converts this NodeSpec to JSON.
             * @function toJSON
             * @memberof weft.v1.NodeSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeSpec.prototype.toJSON = function() {
                return NodeSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeSpec
             * @function getTypeUrl
             * @memberof weft.v1.NodeSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.NodeSpec";
            };

            return NodeSpec;
        })();

        v1.WorkflowGraph = (function() {

            /**
             * Properties of a WorkflowGraph.
             * @typedef {Object} weft.v1.WorkflowGraph.$Properties
             * @property {string|null} [name] WorkflowGraph name
             * @property {Array.<weft.v1.NodeSpec.$Properties>|null} [nodes] WorkflowGraph nodes
             * @property {string|null} [durability] WorkflowGraph durability
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkflowGraph.
             * @memberof weft.v1
             * @interface IWorkflowGraph
             * @augments weft.v1.WorkflowGraph.$Properties
             * @deprecated Use weft.v1.WorkflowGraph.$Properties instead.
             */

            /**
             * Shape of a WorkflowGraph.
             * @typedef {weft.v1.WorkflowGraph.$Properties} weft.v1.WorkflowGraph.$Shape
             */

            /**
             * Constructs a new WorkflowGraph.
             * @memberof weft.v1
             * @classdesc Represents a WorkflowGraph.
             * @constructor
             * @param {weft.v1.WorkflowGraph.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkflowGraph = function (properties) {
                this.nodes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkflowGraph name.
             * @member {string} name
             * @memberof weft.v1.WorkflowGraph
             * @instance
             */
            WorkflowGraph.prototype.name = "";

            /**
             * WorkflowGraph nodes.
             * @member {Array.<weft.v1.NodeSpec.$Properties>} nodes
             * @memberof weft.v1.WorkflowGraph
             * @instance
             */
            WorkflowGraph.prototype.nodes = $util.emptyArray;

            /**
             * WorkflowGraph durability.
             * @member {string} durability
             * @memberof weft.v1.WorkflowGraph
             * @instance
             */
            WorkflowGraph.prototype.durability = "";

            /**
             * Creates a new WorkflowGraph instance using the specified properties.
             * @function create
             * @memberof weft.v1.WorkflowGraph
             * @static
             * @param {weft.v1.WorkflowGraph.$Properties=} [properties] Properties to set
             * @returns {weft.v1.WorkflowGraph} WorkflowGraph instance
             * @type {{
             *   (properties: weft.v1.WorkflowGraph.$Shape): weft.v1.WorkflowGraph & weft.v1.WorkflowGraph.$Shape;
             *   (properties?: weft.v1.WorkflowGraph.$Properties): weft.v1.WorkflowGraph;
             * }}
             */
            WorkflowGraph.create = function(properties) {
                return new WorkflowGraph(properties);
            };

            /**
             * Encodes the specified WorkflowGraph message. Does not implicitly {@link weft.v1.WorkflowGraph.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.WorkflowGraph
             * @static
             * @param {weft.v1.WorkflowGraph.$Properties} message WorkflowGraph message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkflowGraph.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.nodes != null && message.nodes.length)
                    for (let i = 0; i < message.nodes.length; ++i)
                        $root.weft.v1.NodeSpec.encode(message.nodes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.durability != null && $Object.hasOwnProperty.call(message, "durability") && message.durability !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.durability);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkflowGraph message, length delimited. Does not implicitly {@link weft.v1.WorkflowGraph.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.WorkflowGraph
             * @static
             * @param {weft.v1.WorkflowGraph.$Properties} message WorkflowGraph message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkflowGraph.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkflowGraph message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.WorkflowGraph
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.WorkflowGraph & weft.v1.WorkflowGraph.$Shape} WorkflowGraph
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkflowGraph.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.WorkflowGraph();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push($root.weft.v1.NodeSpec.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.durability = value;
                            else
                                delete message.durability;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkflowGraph message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.WorkflowGraph
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.WorkflowGraph & weft.v1.WorkflowGraph.$Shape} WorkflowGraph
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkflowGraph.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a WorkflowGraph message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.WorkflowGraph
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.WorkflowGraph} WorkflowGraph
             */
            WorkflowGraph.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.WorkflowGraph)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.WorkflowGraph: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.WorkflowGraph();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.nodes) {
                    if (!$Array.isArray(object.nodes))
                        throw $TypeError(".weft.v1.WorkflowGraph.nodes: array expected");
                    message.nodes = $Array(object.nodes.length);
                    for (let i = 0; i < object.nodes.length; ++i) {
                        if (!$util.isObject(object.nodes[i]))
                            throw $TypeError(".weft.v1.WorkflowGraph.nodes: object expected");
                        message.nodes[i] = $root.weft.v1.NodeSpec.fromObject(object.nodes[i], _depth + 1);
                    }
                }
                if (object.durability != null)
                    if (typeof object.durability !== "string" || object.durability.length)
                        message.durability = $String(object.durability);
                return message;
            };

            /**
             * Creates a plain object from a WorkflowGraph message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.WorkflowGraph
             * @static
             * @param {weft.v1.WorkflowGraph} message WorkflowGraph
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkflowGraph.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.nodes = [];
                if (options.defaults) {
                    object.name = "";
                    object.durability = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.nodes && message.nodes.length) {
                    object.nodes = $Array(message.nodes.length);
                    for (let j = 0; j < message.nodes.length; ++j)
                        object.nodes[j] = $root.weft.v1.NodeSpec.toObject(message.nodes[j], options, _depth + 1);
                }
                if (message.durability != null && $Object.hasOwnProperty.call(message, "durability"))
                    object.durability = message.durability;
                return object;
            };

            /**
             * Converts this WorkflowGraph to JSON.
             * @function toJSON
             * @memberof weft.v1.WorkflowGraph
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkflowGraph.prototype.toJSON = function() {
                return WorkflowGraph.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkflowGraph
             * @function getTypeUrl
             * @memberof weft.v1.WorkflowGraph
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkflowGraph.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.WorkflowGraph";
            };

            return WorkflowGraph;
        })();

        v1.ErrorInfo = (function() {

            /**
             * Properties of an ErrorInfo.
             * @typedef {Object} weft.v1.ErrorInfo.$Properties
             * @property {string|null} [code] ErrorInfo code
             * @property {string|null} [message] ErrorInfo message
             * @property {string|null} [stack] ErrorInfo stack
             * @property {boolean|null} [terminal] ErrorInfo terminal
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorInfo.
             * @memberof weft.v1
             * @interface IErrorInfo
             * @augments weft.v1.ErrorInfo.$Properties
             * @deprecated Use weft.v1.ErrorInfo.$Properties instead.
             */

            /**
             * Shape of an ErrorInfo.
             * @typedef {weft.v1.ErrorInfo.$Properties} weft.v1.ErrorInfo.$Shape
             */

            /**
             * Constructs a new ErrorInfo.
             * @memberof weft.v1
             * @classdesc Represents an ErrorInfo.
             * @constructor
             * @param {weft.v1.ErrorInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ErrorInfo code.
             * @member {string} code
             * @memberof weft.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.code = "";

            /**
             * ErrorInfo message.
             * @member {string} message
             * @memberof weft.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.message = "";

            /**
             * ErrorInfo stack.
             * @member {string} stack
             * @memberof weft.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.stack = "";

            /**
             * ErrorInfo terminal.
             * @member {boolean} terminal
             * @memberof weft.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.terminal = false;

            /**
             * Creates a new ErrorInfo instance using the specified properties.
             * @function create
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {weft.v1.ErrorInfo.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ErrorInfo} ErrorInfo instance
             * @type {{
             *   (properties: weft.v1.ErrorInfo.$Shape): weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape;
             *   (properties?: weft.v1.ErrorInfo.$Properties): weft.v1.ErrorInfo;
             * }}
             */
            ErrorInfo.create = function(properties) {
                return new ErrorInfo(properties);
            };

            /**
             * Encodes the specified ErrorInfo message. Does not implicitly {@link weft.v1.ErrorInfo.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {weft.v1.ErrorInfo.$Properties} message ErrorInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.stack != null && $Object.hasOwnProperty.call(message, "stack") && message.stack !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stack);
                if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal") && message.terminal !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.terminal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ErrorInfo message, length delimited. Does not implicitly {@link weft.v1.ErrorInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {weft.v1.ErrorInfo.$Properties} message ErrorInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ErrorInfo message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape} ErrorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ErrorInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stack = value;
                            else
                                delete message.stack;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.terminal = value;
                            else
                                delete message.terminal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ErrorInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape} ErrorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an ErrorInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ErrorInfo} ErrorInfo
             */
            ErrorInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ErrorInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ErrorInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ErrorInfo();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.stack != null)
                    if (typeof object.stack !== "string" || object.stack.length)
                        message.stack = $String(object.stack);
                if (object.terminal != null)
                    if (object.terminal)
                        message.terminal = $Boolean(object.terminal);
                return message;
            };

            /**
             * Creates a plain object from an ErrorInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {weft.v1.ErrorInfo} message ErrorInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    object.stack = "";
                    object.terminal = false;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.stack != null && $Object.hasOwnProperty.call(message, "stack"))
                    object.stack = message.stack;
                if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal"))
                    object.terminal = message.terminal;
                return object;
            };

            /**
             * Converts this ErrorInfo to JSON.
             * @function toJSON
             * @memberof weft.v1.ErrorInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorInfo.prototype.toJSON = function() {
                return ErrorInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorInfo
             * @function getTypeUrl
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ErrorInfo";
            };

            return ErrorInfo;
        })();

        v1.SubmitRequest = (function() {

            /**
             * Properties of a SubmitRequest.
             * @typedef {Object} weft.v1.SubmitRequest.$Properties
             * @property {weft.v1.WorkflowGraph.$Properties|null} [graph] SubmitRequest graph
             * @property {string|null} [bundleHash] SubmitRequest bundleHash
             * @property {string|null} [inputJson] SubmitRequest inputJson
             * @property {string|null} [runId] SubmitRequest runId
             * @property {string|null} [submitter] SubmitRequest submitter
             * @property {number|null} [timeoutMs] SubmitRequest timeoutMs
             * @property {weft.v1.RunOrigin.$Properties|null} [origin] SubmitRequest origin
             * @property {boolean|null} [express] SubmitRequest express
             * @property {boolean|null} [newRunId] SubmitRequest newRunId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubmitRequest.
             * @memberof weft.v1
             * @interface ISubmitRequest
             * @augments weft.v1.SubmitRequest.$Properties
             * @deprecated Use weft.v1.SubmitRequest.$Properties instead.
             */

            /**
             * Shape of a SubmitRequest.
             * @typedef {weft.v1.SubmitRequest.$Properties} weft.v1.SubmitRequest.$Shape
             */

            /**
             * Constructs a new SubmitRequest.
             * @memberof weft.v1
             * @classdesc Represents a SubmitRequest.
             * @constructor
             * @param {weft.v1.SubmitRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubmitRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubmitRequest graph.
             * @member {weft.v1.WorkflowGraph.$Properties|null|undefined} graph
             * @memberof weft.v1.SubmitRequest
             * @instance
             */
            SubmitRequest.prototype.graph = null;

            /**
             * SubmitRequest bundleHash.
             * @member {string} bundleHash
             * @memberof weft.v1.SubmitRequest
             * @instance
             */
            SubmitRequest.prototype.bundleHash = "";

            /**
             * SubmitRequest inputJson.
             * @member {string} inputJson
             * @memberof weft.v1.SubmitRequest
             * @instance
             */
            SubmitRequest.prototype.inputJson = "";

            /**
             * SubmitRequest runId.
             * @member {string} runId
             * @memberof weft.v1.SubmitRequest
             * @instance
             */
            SubmitRequest.prototype.runId = "";

            /**
             * SubmitRequest submitter.
             * @member {string} submitter
             * @memberof weft.v1.SubmitRequest
             * @instance
             */
            SubmitRequest.prototype.submitter = "";

            /**
             * SubmitRequest timeoutMs.
             * @member {number} timeoutMs
             * @memberof weft.v1.SubmitRequest
             * @instance
             */
            SubmitRequest.prototype.timeoutMs = 0;

            /**
             * SubmitRequest origin.
             * @member {weft.v1.RunOrigin.$Properties|null|undefined} origin
             * @memberof weft.v1.SubmitRequest
             * @instance
             */
            SubmitRequest.prototype.origin = null;

            /**
             * SubmitRequest express.
             * @member {boolean} express
             * @memberof weft.v1.SubmitRequest
             * @instance
             */
            SubmitRequest.prototype.express = false;

            /**
             * SubmitRequest newRunId.
             * @member {boolean} newRunId
             * @memberof weft.v1.SubmitRequest
             * @instance
             */
            SubmitRequest.prototype.newRunId = false;

            /**
             * Creates a new SubmitRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.SubmitRequest
             * @static
             * @param {weft.v1.SubmitRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.SubmitRequest} SubmitRequest instance
             * @type {{
             *   (properties: weft.v1.SubmitRequest.$Shape): weft.v1.SubmitRequest & weft.v1.SubmitRequest.$Shape;
             *   (properties?: weft.v1.SubmitRequest.$Properties): weft.v1.SubmitRequest;
             * }}
             */
            SubmitRequest.create = function(properties) {
                return new SubmitRequest(properties);
            };

            /**
             * Encodes the specified SubmitRequest message. Does not implicitly {@link weft.v1.SubmitRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.SubmitRequest
             * @static
             * @param {weft.v1.SubmitRequest.$Properties} message SubmitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.graph != null && $Object.hasOwnProperty.call(message, "graph"))
                    $root.weft.v1.WorkflowGraph.encode(message.graph, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.bundleHash != null && $Object.hasOwnProperty.call(message, "bundleHash") && message.bundleHash !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bundleHash);
                if (message.inputJson != null && $Object.hasOwnProperty.call(message, "inputJson") && message.inputJson !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.inputJson);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.runId);
                if (message.submitter != null && $Object.hasOwnProperty.call(message, "submitter") && message.submitter !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.submitter);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && !$Object.is(message.timeoutMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.timeoutMs);
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    $root.weft.v1.RunOrigin.encode(message.origin, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.express != null && $Object.hasOwnProperty.call(message, "express") && message.express !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.express);
                if (message.newRunId != null && $Object.hasOwnProperty.call(message, "newRunId") && message.newRunId !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.newRunId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubmitRequest message, length delimited. Does not implicitly {@link weft.v1.SubmitRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.SubmitRequest
             * @static
             * @param {weft.v1.SubmitRequest.$Properties} message SubmitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubmitRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.SubmitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.SubmitRequest & weft.v1.SubmitRequest.$Shape} SubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.SubmitRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.graph = $root.weft.v1.WorkflowGraph.decode(reader, reader.size(), $undefined, _depth + 1, message.graph);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bundleHash = value;
                            else
                                delete message.bundleHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.inputJson = value;
                            else
                                delete message.inputJson;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.submitter = value;
                            else
                                delete message.submitter;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.origin = $root.weft.v1.RunOrigin.decode(reader, reader.size(), $undefined, _depth + 1, message.origin);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.express = value;
                            else
                                delete message.express;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.newRunId = value;
                            else
                                delete message.newRunId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SubmitRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.SubmitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.SubmitRequest & weft.v1.SubmitRequest.$Shape} SubmitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a SubmitRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.SubmitRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.SubmitRequest} SubmitRequest
             */
            SubmitRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.SubmitRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.SubmitRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.SubmitRequest();
                if (object.graph != null) {
                    if (!$util.isObject(object.graph))
                        throw $TypeError(".weft.v1.SubmitRequest.graph: object expected");
                    message.graph = $root.weft.v1.WorkflowGraph.fromObject(object.graph, _depth + 1);
                }
                if (object.bundleHash != null)
                    if (typeof object.bundleHash !== "string" || object.bundleHash.length)
                        message.bundleHash = $String(object.bundleHash);
                if (object.inputJson != null)
                    if (typeof object.inputJson !== "string" || object.inputJson.length)
                        message.inputJson = $String(object.inputJson);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.submitter != null)
                    if (typeof object.submitter !== "string" || object.submitter.length)
                        message.submitter = $String(object.submitter);
                if (object.timeoutMs != null)
                    if (!$Object.is($Number(object.timeoutMs), 0))
                        message.timeoutMs = $Number(object.timeoutMs);
                if (object.origin != null) {
                    if (!$util.isObject(object.origin))
                        throw $TypeError(".weft.v1.SubmitRequest.origin: object expected");
                    message.origin = $root.weft.v1.RunOrigin.fromObject(object.origin, _depth + 1);
                }
                if (object.express != null)
                    if (object.express)
                        message.express = $Boolean(object.express);
                if (object.newRunId != null)
                    if (object.newRunId)
                        message.newRunId = $Boolean(object.newRunId);
                return message;
            };

            /**
             * Creates a plain object from a SubmitRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.SubmitRequest
             * @static
             * @param {weft.v1.SubmitRequest} message SubmitRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.graph = null;
                    object.bundleHash = "";
                    object.inputJson = "";
                    object.runId = "";
                    object.submitter = "";
                    object.timeoutMs = 0;
                    object.origin = null;
                    object.express = false;
                    object.newRunId = false;
                }
                if (message.graph != null && $Object.hasOwnProperty.call(message, "graph"))
                    object.graph = $root.weft.v1.WorkflowGraph.toObject(message.graph, options, _depth + 1);
                if (message.bundleHash != null && $Object.hasOwnProperty.call(message, "bundleHash"))
                    object.bundleHash = message.bundleHash;
                if (message.inputJson != null && $Object.hasOwnProperty.call(message, "inputJson"))
                    object.inputJson = message.inputJson;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.submitter != null && $Object.hasOwnProperty.call(message, "submitter"))
                    object.submitter = message.submitter;
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs"))
                    object.timeoutMs = options.json && !$isFinite(message.timeoutMs) ? $String(message.timeoutMs) : message.timeoutMs;
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    object.origin = $root.weft.v1.RunOrigin.toObject(message.origin, options, _depth + 1);
                if (message.express != null && $Object.hasOwnProperty.call(message, "express"))
                    object.express = message.express;
                if (message.newRunId != null && $Object.hasOwnProperty.call(message, "newRunId"))
                    object.newRunId = message.newRunId;
                return object;
            };

            /**
             * Converts this SubmitRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.SubmitRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitRequest.prototype.toJSON = function() {
                return SubmitRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubmitRequest
             * @function getTypeUrl
             * @memberof weft.v1.SubmitRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubmitRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.SubmitRequest";
            };

            return SubmitRequest;
        })();

        v1.RunOrigin = (function() {

            /**
             * Properties of a RunOrigin.
             * @typedef {Object} weft.v1.RunOrigin.$Properties
             * @property {string|null} [deployment] RunOrigin deployment
             * @property {string|null} [version] RunOrigin version
             * @property {weft.v1.TriggerEvent.$Properties|null} [trigger] RunOrigin trigger
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunOrigin.
             * @memberof weft.v1
             * @interface IRunOrigin
             * @augments weft.v1.RunOrigin.$Properties
             * @deprecated Use weft.v1.RunOrigin.$Properties instead.
             */

            /**
             * Shape of a RunOrigin.
             * @typedef {weft.v1.RunOrigin.$Properties} weft.v1.RunOrigin.$Shape
             */

            /**
             * Constructs a new RunOrigin.
             * @memberof weft.v1
             * @classdesc Represents a RunOrigin.
             * @constructor
             * @param {weft.v1.RunOrigin.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunOrigin = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunOrigin deployment.
             * @member {string} deployment
             * @memberof weft.v1.RunOrigin
             * @instance
             */
            RunOrigin.prototype.deployment = "";

            /**
             * RunOrigin version.
             * @member {string} version
             * @memberof weft.v1.RunOrigin
             * @instance
             */
            RunOrigin.prototype.version = "";

            /**
             * RunOrigin trigger.
             * @member {weft.v1.TriggerEvent.$Properties|null|undefined} trigger
             * @memberof weft.v1.RunOrigin
             * @instance
             */
            RunOrigin.prototype.trigger = null;

            /**
             * Creates a new RunOrigin instance using the specified properties.
             * @function create
             * @memberof weft.v1.RunOrigin
             * @static
             * @param {weft.v1.RunOrigin.$Properties=} [properties] Properties to set
             * @returns {weft.v1.RunOrigin} RunOrigin instance
             * @type {{
             *   (properties: weft.v1.RunOrigin.$Shape): weft.v1.RunOrigin & weft.v1.RunOrigin.$Shape;
             *   (properties?: weft.v1.RunOrigin.$Properties): weft.v1.RunOrigin;
             * }}
             */
            RunOrigin.create = function(properties) {
                return new RunOrigin(properties);
            };

            /**
             * Encodes the specified RunOrigin message. Does not implicitly {@link weft.v1.RunOrigin.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.RunOrigin
             * @static
             * @param {weft.v1.RunOrigin.$Properties} message RunOrigin message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunOrigin.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deployment != null && $Object.hasOwnProperty.call(message, "deployment") && message.deployment !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deployment);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                    $root.weft.v1.TriggerEvent.encode(message.trigger, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunOrigin message, length delimited. Does not implicitly {@link weft.v1.RunOrigin.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.RunOrigin
             * @static
             * @param {weft.v1.RunOrigin.$Properties} message RunOrigin message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunOrigin.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunOrigin message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.RunOrigin
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.RunOrigin & weft.v1.RunOrigin.$Shape} RunOrigin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunOrigin.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.RunOrigin();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deployment = value;
                            else
                                delete message.deployment;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.trigger = $root.weft.v1.TriggerEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.trigger);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunOrigin message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.RunOrigin
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.RunOrigin & weft.v1.RunOrigin.$Shape} RunOrigin
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunOrigin.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a RunOrigin message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.RunOrigin
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.RunOrigin} RunOrigin
             */
            RunOrigin.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.RunOrigin)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.RunOrigin: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.RunOrigin();
                if (object.deployment != null)
                    if (typeof object.deployment !== "string" || object.deployment.length)
                        message.deployment = $String(object.deployment);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.trigger != null) {
                    if (!$util.isObject(object.trigger))
                        throw $TypeError(".weft.v1.RunOrigin.trigger: object expected");
                    message.trigger = $root.weft.v1.TriggerEvent.fromObject(object.trigger, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RunOrigin message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.RunOrigin
             * @static
             * @param {weft.v1.RunOrigin} message RunOrigin
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunOrigin.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.deployment = "";
                    object.version = "";
                    object.trigger = null;
                }
                if (message.deployment != null && $Object.hasOwnProperty.call(message, "deployment"))
                    object.deployment = message.deployment;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                    object.trigger = $root.weft.v1.TriggerEvent.toObject(message.trigger, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RunOrigin to JSON.
             * @function toJSON
             * @memberof weft.v1.RunOrigin
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunOrigin.prototype.toJSON = function() {
                return RunOrigin.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunOrigin
             * @function getTypeUrl
             * @memberof weft.v1.RunOrigin
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunOrigin.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.RunOrigin";
            };

            return RunOrigin;
        })();

        v1.TriggerEvent = (function() {

            /**
             * Properties of a TriggerEvent.
             * @typedef {Object} weft.v1.TriggerEvent.$Properties
             * @property {string|null} [kind] TriggerEvent kind
             * @property {string|null} [eventId] TriggerEvent eventId
             * @property {string|null} [subject] TriggerEvent subject
             * @property {number|null} [receivedAtMs] TriggerEvent receivedAtMs
             * @property {string|null} [source] TriggerEvent source
             * @property {Array.<string>|null} [batch] TriggerEvent batch
             * @property {number|null} [declared] TriggerEvent declared
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TriggerEvent.
             * @memberof weft.v1
             * @interface ITriggerEvent
             * @augments weft.v1.TriggerEvent.$Properties
             * @deprecated Use weft.v1.TriggerEvent.$Properties instead.
             */

            /**
             * Shape of a TriggerEvent.
             * @typedef {weft.v1.TriggerEvent.$Properties} weft.v1.TriggerEvent.$Shape
             */

            /**
             * Constructs a new TriggerEvent.
             * @memberof weft.v1
             * @classdesc Represents a TriggerEvent.
             * @constructor
             * @param {weft.v1.TriggerEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TriggerEvent = function (properties) {
                this.batch = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TriggerEvent kind.
             * @member {string} kind
             * @memberof weft.v1.TriggerEvent
             * @instance
             */
            TriggerEvent.prototype.kind = "";

            /**
             * TriggerEvent eventId.
             * @member {string} eventId
             * @memberof weft.v1.TriggerEvent
             * @instance
             */
            TriggerEvent.prototype.eventId = "";

            /**
             * TriggerEvent subject.
             * @member {string} subject
             * @memberof weft.v1.TriggerEvent
             * @instance
             */
            TriggerEvent.prototype.subject = "";

            /**
             * TriggerEvent receivedAtMs.
             * @member {number} receivedAtMs
             * @memberof weft.v1.TriggerEvent
             * @instance
             */
            TriggerEvent.prototype.receivedAtMs = 0;

            /**
             * TriggerEvent source.
             * @member {string} source
             * @memberof weft.v1.TriggerEvent
             * @instance
             */
            TriggerEvent.prototype.source = "";

            /**
             * TriggerEvent batch.
             * @member {Array.<string>} batch
             * @memberof weft.v1.TriggerEvent
             * @instance
             */
            TriggerEvent.prototype.batch = $util.emptyArray;

            /**
             * TriggerEvent declared.
             * @member {number} declared
             * @memberof weft.v1.TriggerEvent
             * @instance
             */
            TriggerEvent.prototype.declared = 0;

            /**
             * Creates a new TriggerEvent instance using the specified properties.
             * @function create
             * @memberof weft.v1.TriggerEvent
             * @static
             * @param {weft.v1.TriggerEvent.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TriggerEvent} TriggerEvent instance
             * @type {{
             *   (properties: weft.v1.TriggerEvent.$Shape): weft.v1.TriggerEvent & weft.v1.TriggerEvent.$Shape;
             *   (properties?: weft.v1.TriggerEvent.$Properties): weft.v1.TriggerEvent;
             * }}
             */
            TriggerEvent.create = function(properties) {
                return new TriggerEvent(properties);
            };

            /**
             * Encodes the specified TriggerEvent message. Does not implicitly {@link weft.v1.TriggerEvent.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TriggerEvent
             * @static
             * @param {weft.v1.TriggerEvent.$Properties} message TriggerEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TriggerEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && message.eventId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.eventId);
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.subject);
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs") && !$Object.is(message.receivedAtMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.receivedAtMs);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.source);
                if (message.batch != null && message.batch.length)
                    for (let i = 0; i < message.batch.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.batch[i]);
                if (message.declared != null && $Object.hasOwnProperty.call(message, "declared") && message.declared !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.declared);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TriggerEvent message, length delimited. Does not implicitly {@link weft.v1.TriggerEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.TriggerEvent
             * @static
             * @param {weft.v1.TriggerEvent.$Properties} message TriggerEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TriggerEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TriggerEvent message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TriggerEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TriggerEvent & weft.v1.TriggerEvent.$Shape} TriggerEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TriggerEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TriggerEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.eventId = value;
                            else
                                delete message.eventId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subject = value;
                            else
                                delete message.subject;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.receivedAtMs = value;
                            else
                                delete message.receivedAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.batch && message.batch.length))
                                message.batch = [];
                            message.batch.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.declared = value;
                            else
                                delete message.declared;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TriggerEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.TriggerEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.TriggerEvent & weft.v1.TriggerEvent.$Shape} TriggerEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TriggerEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a TriggerEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TriggerEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TriggerEvent} TriggerEvent
             */
            TriggerEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TriggerEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TriggerEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TriggerEvent();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.eventId != null)
                    if (typeof object.eventId !== "string" || object.eventId.length)
                        message.eventId = $String(object.eventId);
                if (object.subject != null)
                    if (typeof object.subject !== "string" || object.subject.length)
                        message.subject = $String(object.subject);
                if (object.receivedAtMs != null)
                    if (!$Object.is($Number(object.receivedAtMs), 0))
                        message.receivedAtMs = $Number(object.receivedAtMs);
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.batch) {
                    if (!$Array.isArray(object.batch))
                        throw $TypeError(".weft.v1.TriggerEvent.batch: array expected");
                    message.batch = $Array(object.batch.length);
                    for (let i = 0; i < object.batch.length; ++i)
                        message.batch[i] = $String(object.batch[i]);
                }
                if (object.declared != null)
                    if ($Number(object.declared) !== 0)
                        message.declared = object.declared | 0;
                return message;
            };

            /**
             * Creates a plain object from a TriggerEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TriggerEvent
             * @static
             * @param {weft.v1.TriggerEvent} message TriggerEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TriggerEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.batch = [];
                if (options.defaults) {
                    object.kind = "";
                    object.eventId = "";
                    object.subject = "";
                    object.receivedAtMs = 0;
                    object.source = "";
                    object.declared = 0;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    object.eventId = message.eventId;
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    object.subject = message.subject;
                if (message.receivedAtMs != null && $Object.hasOwnProperty.call(message, "receivedAtMs"))
                    object.receivedAtMs = options.json && !$isFinite(message.receivedAtMs) ? $String(message.receivedAtMs) : message.receivedAtMs;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.batch && message.batch.length) {
                    object.batch = $Array(message.batch.length);
                    for (let j = 0; j < message.batch.length; ++j)
                        object.batch[j] = message.batch[j];
                }
                if (message.declared != null && $Object.hasOwnProperty.call(message, "declared"))
                    object.declared = message.declared;
                return object;
            };

            /**
             * Converts this TriggerEvent to JSON.
             * @function toJSON
             * @memberof weft.v1.TriggerEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TriggerEvent.prototype.toJSON = function() {
                return TriggerEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TriggerEvent
             * @function getTypeUrl
             * @memberof weft.v1.TriggerEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TriggerEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TriggerEvent";
            };

            return TriggerEvent;
        })();

        v1.SubmitReply = (function() {

            /**
             * Properties of a SubmitReply.
             * @typedef {Object} weft.v1.SubmitReply.$Properties
             * @property {string|null} [runId] SubmitReply runId
             * @property {weft.v1.ErrorInfo.$Properties|null} [error] SubmitReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubmitReply.
             * @memberof weft.v1
             * @interface ISubmitReply
             * @augments weft.v1.SubmitReply.$Properties
             * @deprecated Use weft.v1.SubmitReply.$Properties instead.
             */

            /**
             * Shape of a SubmitReply.
             * @typedef {weft.v1.SubmitReply.$Properties} weft.v1.SubmitReply.$Shape
             */

            /**
             * Constructs a new SubmitReply.
             * @memberof weft.v1
             * @classdesc Represents a SubmitReply.
             * @constructor
             * @param {weft.v1.SubmitReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubmitReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubmitReply runId.
             * @member {string} runId
             * @memberof weft.v1.SubmitReply
             * @instance
             */
            SubmitReply.prototype.runId = "";

            /**
             * SubmitReply error.
             * @member {weft.v1.ErrorInfo.$Properties|null|undefined} error
             * @memberof weft.v1.SubmitReply
             * @instance
             */
            SubmitReply.prototype.error = null;

            /**
             * Creates a new SubmitReply instance using the specified properties.
             * @function create
             * @memberof weft.v1.SubmitReply
             * @static
             * @param {weft.v1.SubmitReply.$Properties=} [properties] Properties to set
             * @returns {weft.v1.SubmitReply} SubmitReply instance
             * @type {{
             *   (properties: weft.v1.SubmitReply.$Shape): weft.v1.SubmitReply & weft.v1.SubmitReply.$Shape;
             *   (properties?: weft.v1.SubmitReply.$Properties): weft.v1.SubmitReply;
             * }}
             */
            SubmitReply.create = function(properties) {
                return new SubmitReply(properties);
            };

            /**
             * Encodes the specified SubmitReply message. Does not implicitly {@link weft.v1.SubmitReply.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.SubmitReply
             * @static
             * @param {weft.v1.SubmitReply.$Properties} message SubmitReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.weft.v1.ErrorInfo.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SubmitReply message, length delimited. Does not implicitly {@link weft.v1.SubmitReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.SubmitReply
             * @static
             * @param {weft.v1.SubmitReply.$Properties} message SubmitReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubmitReply message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.SubmitReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.SubmitReply & weft.v1.SubmitReply.$Shape} SubmitReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.SubmitReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.weft.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SubmitReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.SubmitReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.SubmitReply & weft.v1.SubmitReply.$Shape} SubmitReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a SubmitReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.SubmitReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.SubmitReply} SubmitReply
             */
            SubmitReply.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.SubmitReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.SubmitReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.SubmitReply();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".weft.v1.SubmitReply.error: object expected");
                    message.error = $root.weft.v1.ErrorInfo.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SubmitReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.SubmitReply
             * @static
             * @param {weft.v1.SubmitReply} message SubmitReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.runId = "";
                    object.error = null;
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.weft.v1.ErrorInfo.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SubmitReply to JSON.
             * @function toJSON
             * @memberof weft.v1.SubmitReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitReply.prototype.toJSON = function() {
                return SubmitReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubmitReply
             * @function getTypeUrl
             * @memberof weft.v1.SubmitReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubmitReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.SubmitReply";
            };

            return SubmitReply;
        })();

        v1.CancelRequest = (function() {

            /**
             * Properties of a CancelRequest.
             * @typedef {Object} weft.v1.CancelRequest.$Properties
             * @property {string|null} [runId] CancelRequest runId
             * @property {string|null} [reason] CancelRequest reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelRequest.
             * @memberof weft.v1
             * @interface ICancelRequest
             * @augments weft.v1.CancelRequest.$Properties
             * @deprecated Use weft.v1.CancelRequest.$Properties instead.
             */

            /**
             * Shape of a CancelRequest.
             * @typedef {weft.v1.CancelRequest.$Properties} weft.v1.CancelRequest.$Shape
             */

            /**
             * Constructs a new CancelRequest.
             * @memberof weft.v1
             * @classdesc Represents a CancelRequest.
             * @constructor
             * @param {weft.v1.CancelRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelRequest runId.
             * @member {string} runId
             * @memberof weft.v1.CancelRequest
             * @instance
             */
            CancelRequest.prototype.runId = "";

            /**
             * CancelRequest reason.
             * @member {string} reason
             * @memberof weft.v1.CancelRequest
             * @instance
             */
            CancelRequest.prototype.reason = "";

            /**
             * Creates a new CancelRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {weft.v1.CancelRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.CancelRequest} CancelRequest instance
             * @type {{
             *   (properties: weft.v1.CancelRequest.$Shape): weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape;
             *   (properties?: weft.v1.CancelRequest.$Properties): weft.v1.CancelRequest;
             * }}
             */
            CancelRequest.create = function(properties) {
                return new CancelRequest(properties);
            };

            /**
             * Encodes the specified CancelRequest message. Does not implicitly {@link weft.v1.CancelRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {weft.v1.CancelRequest.$Properties} message CancelRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CancelRequest message, length delimited. Does not implicitly {@link weft.v1.CancelRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {weft.v1.CancelRequest.$Properties} message CancelRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CancelRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape} CancelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.CancelRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CancelRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape} CancelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a CancelRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.CancelRequest} CancelRequest
             */
            CancelRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.CancelRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.CancelRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.CancelRequest();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a CancelRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {weft.v1.CancelRequest} message CancelRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.runId = "";
                    object.reason = "";
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this CancelRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.CancelRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelRequest.prototype.toJSON = function() {
                return CancelRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CancelRequest
             * @function getTypeUrl
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CancelRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.CancelRequest";
            };

            return CancelRequest;
        })();

        v1.CancelReply = (function() {

            /**
             * Properties of a CancelReply.
             * @typedef {Object} weft.v1.CancelReply.$Properties
             * @property {boolean|null} [ok] CancelReply ok
             * @property {weft.v1.ErrorInfo.$Properties|null} [error] CancelReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelReply.
             * @memberof weft.v1
             * @interface ICancelReply
             * @augments weft.v1.CancelReply.$Properties
             * @deprecated Use weft.v1.CancelReply.$Properties instead.
             */

            /**
             * Shape of a CancelReply.
             * @typedef {weft.v1.CancelReply.$Properties} weft.v1.CancelReply.$Shape
             */

            /**
             * Constructs a new CancelReply.
             * @memberof weft.v1
             * @classdesc Represents a CancelReply.
             * @constructor
             * @param {weft.v1.CancelReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelReply ok.
             * @member {boolean} ok
             * @memberof weft.v1.CancelReply
             * @instance
             */
            CancelReply.prototype.ok = false;

            /**
             * CancelReply error.
             * @member {weft.v1.ErrorInfo.$Properties|null|undefined} error
             * @memberof weft.v1.CancelReply
             * @instance
             */
            CancelReply.prototype.error = null;

            /**
             * Creates a new CancelReply instance using the specified properties.
             * @function create
             * @memberof weft.v1.CancelReply
             * @static
             * @param {weft.v1.CancelReply.$Properties=} [properties] Properties to set
             * @returns {weft.v1.CancelReply} CancelReply instance
             * @type {{
             *   (properties: weft.v1.CancelReply.$Shape): weft.v1.CancelReply & weft.v1.CancelReply.$Shape;
             *   (properties?: weft.v1.CancelReply.$Properties): weft.v1.CancelReply;
             * }}
             */
            CancelReply.create = function(properties) {
                return new CancelReply(properties);
            };

            /**
             * Encodes the specified CancelReply message. Does not implicitly {@link weft.v1.CancelReply.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.CancelReply
             * @static
             * @param {weft.v1.CancelReply.$Properties} message CancelReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.weft.v1.ErrorInfo.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CancelReply message, length delimited. Does not implicitly {@link weft.v1.CancelReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.CancelReply
             * @static
             * @param {weft.v1.CancelReply.$Properties} message CancelReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CancelReply message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.CancelReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.CancelReply & weft.v1.CancelReply.$Shape} CancelReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.CancelReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.weft.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CancelReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.CancelReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.CancelReply & weft.v1.CancelReply.$Shape} CancelReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a CancelReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.CancelReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.CancelReply} CancelReply
             */
            CancelReply.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.CancelReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.CancelReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.CancelReply();
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".weft.v1.CancelReply.error: object expected");
                    message.error = $root.weft.v1.ErrorInfo.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CancelReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.CancelReply
             * @static
             * @param {weft.v1.CancelReply} message CancelReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.ok = false;
                    object.error = null;
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.weft.v1.ErrorInfo.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this CancelReply to JSON.
             * @function toJSON
             * @memberof weft.v1.CancelReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelReply.prototype.toJSON = function() {
                return CancelReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CancelReply
             * @function getTypeUrl
             * @memberof weft.v1.CancelReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CancelReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.CancelReply";
            };

            return CancelReply;
        })();

        v1.Placement = (function() {

            /**
             * Properties of a Placement.
             * @typedef {Object} weft.v1.Placement.$Properties
             * @property {Array.<string>|null} [workers] Placement workers
             * @property {Object.<string,number>|null} [nodeWorker] Placement nodeWorker
             * @property {Array.<number>|null} [mapWeights] Placement mapWeights
             * @property {string|null} [strategy] Placement strategy
             * @property {Object.<string,number>|null} [nodeMemoryBytes] Placement nodeMemoryBytes
             * @property {Array.<string>|null} [stageBaseWorkers] Placement stageBaseWorkers
             * @property {Array.<number>|null} [stageBaseWeights] Placement stageBaseWeights
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Placement.
             * @memberof weft.v1
             * @interface IPlacement
             * @augments weft.v1.Placement.$Properties
             * @deprecated Use weft.v1.Placement.$Properties instead.
             */

            /**
             * Shape of a Placement.
             * @typedef {weft.v1.Placement.$Properties} weft.v1.Placement.$Shape
             */

            /**
             * Constructs a new Placement.
             * @memberof weft.v1
             * @classdesc Represents a Placement.
             * @constructor
             * @param {weft.v1.Placement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Placement = function (properties) {
                this.workers = [];
                this.nodeWorker = {};
                this.mapWeights = [];
                this.nodeMemoryBytes = {};
                this.stageBaseWorkers = [];
                this.stageBaseWeights = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Placement workers.
             * @member {Array.<string>} workers
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.workers = $util.emptyArray;

            /**
             * Placement nodeWorker.
             * @member {Object.<string,number>} nodeWorker
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.nodeWorker = $util.emptyObject;

            /**
             * Placement mapWeights.
             * @member {Array.<number>} mapWeights
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.mapWeights = $util.emptyArray;

            /**
             * Placement strategy.
             * @member {string} strategy
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.strategy = "";

            /**
             * Placement nodeMemoryBytes.
             * @member {Object.<string,number>} nodeMemoryBytes
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.nodeMemoryBytes = $util.emptyObject;

            /**
             * Placement stageBaseWorkers.
             * @member {Array.<string>} stageBaseWorkers
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.stageBaseWorkers = $util.emptyArray;

            /**
             * Placement stageBaseWeights.
             * @member {Array.<number>} stageBaseWeights
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.stageBaseWeights = $util.emptyArray;

            /**
             * Creates a new Placement instance using the specified properties.
             * @function create
             * @memberof weft.v1.Placement
             * @static
             * @param {weft.v1.Placement.$Properties=} [properties] Properties to set
             * @returns {weft.v1.Placement} Placement instance
             * @type {{
             *   (properties: weft.v1.Placement.$Shape): weft.v1.Placement & weft.v1.Placement.$Shape;
             *   (properties?: weft.v1.Placement.$Properties): weft.v1.Placement;
             * }}
             */
            Placement.create = function(properties) {
                return new Placement(properties);
            };

            /**
             * Encodes the specified Placement message. Does not implicitly {@link weft.v1.Placement.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.Placement
             * @static
             * @param {weft.v1.Placement.$Properties} message Placement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Placement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workers != null && message.workers.length)
                    for (let i = 0; i < message.workers.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.workers[i]);
                if (message.nodeWorker != null && $Object.hasOwnProperty.call(message, "nodeWorker"))
                    for (let keys = $Object.keys(message.nodeWorker), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint32(message.nodeWorker[keys[i]]).ldelim();
                if (message.mapWeights != null && message.mapWeights.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.mapWeights);
                if (message.strategy != null && $Object.hasOwnProperty.call(message, "strategy") && message.strategy !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.strategy);
                if (message.nodeMemoryBytes != null && $Object.hasOwnProperty.call(message, "nodeMemoryBytes"))
                    for (let keys = $Object.keys(message.nodeMemoryBytes), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.nodeMemoryBytes[keys[i]]).ldelim();
                if (message.stageBaseWorkers != null && message.stageBaseWorkers.length)
                    for (let i = 0; i < message.stageBaseWorkers.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.stageBaseWorkers[i]);
                if (message.stageBaseWeights != null && message.stageBaseWeights.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).uint32s(message.stageBaseWeights);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Placement message, length delimited. Does not implicitly {@link weft.v1.Placement.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.Placement
             * @static
             * @param {weft.v1.Placement.$Properties} message Placement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Placement.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Placement message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.Placement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.Placement & weft.v1.Placement.$Shape} Placement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Placement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.Placement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.workers && message.workers.length))
                                message.workers = [];
                            message.workers.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.nodeWorker === $util.emptyObject)
                                message.nodeWorker = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.uint32();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.nodeWorker, key);
                            message.nodeWorker[key] = value;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.mapWeights && message.mapWeights.length))
                                    message.mapWeights = [];
                                reader.uint32s(message.mapWeights);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.mapWeights && message.mapWeights.length))
                                message.mapWeights = [];
                            message.mapWeights.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.strategy = value;
                            else
                                delete message.strategy;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.nodeMemoryBytes === $util.emptyObject)
                                message.nodeMemoryBytes = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.nodeMemoryBytes, key);
                            message.nodeMemoryBytes[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.stageBaseWorkers && message.stageBaseWorkers.length))
                                message.stageBaseWorkers = [];
                            message.stageBaseWorkers.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.stageBaseWeights && message.stageBaseWeights.length))
                                    message.stageBaseWeights = [];
                                reader.uint32s(message.stageBaseWeights);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.stageBaseWeights && message.stageBaseWeights.length))
                                message.stageBaseWeights = [];
                            message.stageBaseWeights.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Placement message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.Placement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.Placement & weft.v1.Placement.$Shape} Placement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Placement.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a Placement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.Placement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.Placement} Placement
             */
            Placement.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.Placement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.Placement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.Placement();
                if (object.workers) {
                    if (!$Array.isArray(object.workers))
                        throw $TypeError(".weft.v1.Placement.workers: array expected");
                    message.workers = $Array(object.workers.length);
                    for (let i = 0; i < object.workers.length; ++i)
                        message.workers[i] = $String(object.workers[i]);
                }
                if (object.nodeWorker) {
                    if (!$util.isObject(object.nodeWorker))
                        throw $TypeError(".weft.v1.Placement.nodeWorker: object expected");
                    message.nodeWorker = {};
                    for (let keys = $Object.keys(object.nodeWorker), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.nodeWorker, keys[i]);
                        message.nodeWorker[keys[i]] = object.nodeWorker[keys[i]] >>> 0;
                    }
                }
                if (object.mapWeights) {
                    if (!$Array.isArray(object.mapWeights))
                        throw $TypeError(".weft.v1.Placement.mapWeights: array expected");
                    message.mapWeights = $Array(object.mapWeights.length);
                    for (let i = 0; i < object.mapWeights.length; ++i)
                        message.mapWeights[i] = object.mapWeights[i] >>> 0;
                }
                if (object.strategy != null)
                    if (typeof object.strategy !== "string" || object.strategy.length)
                        message.strategy = $String(object.strategy);
                if (object.nodeMemoryBytes) {
                    if (!$util.isObject(object.nodeMemoryBytes))
                        throw $TypeError(".weft.v1.Placement.nodeMemoryBytes: object expected");
                    message.nodeMemoryBytes = {};
                    for (let keys = $Object.keys(object.nodeMemoryBytes), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.nodeMemoryBytes, keys[i]);
                        message.nodeMemoryBytes[keys[i]] = $Number(object.nodeMemoryBytes[keys[i]]);
                    }
                }
                if (object.stageBaseWorkers) {
                    if (!$Array.isArray(object.stageBaseWorkers))
                        throw $TypeError(".weft.v1.Placement.stageBaseWorkers: array expected");
                    message.stageBaseWorkers = $Array(object.stageBaseWorkers.length);
                    for (let i = 0; i < object.stageBaseWorkers.length; ++i)
                        message.stageBaseWorkers[i] = $String(object.stageBaseWorkers[i]);
                }
                if (object.stageBaseWeights) {
                    if (!$Array.isArray(object.stageBaseWeights))
                        throw $TypeError(".weft.v1.Placement.stageBaseWeights: array expected");
                    message.stageBaseWeights = $Array(object.stageBaseWeights.length);
                    for (let i = 0; i < object.stageBaseWeights.length; ++i)
                        message.stageBaseWeights[i] = object.stageBaseWeights[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from a Placement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.Placement
             * @static
             * @param {weft.v1.Placement} message Placement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Placement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.workers = [];
                    object.mapWeights = [];
                    object.stageBaseWorkers = [];
                    object.stageBaseWeights = [];
                }
                if (options.objects || options.defaults) {
                    object.nodeWorker = {};
                    object.nodeMemoryBytes = {};
                }
                if (options.defaults)
                    object.strategy = "";
                if (message.workers && message.workers.length) {
                    object.workers = $Array(message.workers.length);
                    for (let j = 0; j < message.workers.length; ++j)
                        object.workers[j] = message.workers[j];
                }
                let keys2;
                if (message.nodeWorker && (keys2 = $Object.keys(message.nodeWorker)).length) {
                    object.nodeWorker = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.nodeWorker, keys2[j]);
                        object.nodeWorker[keys2[j]] = message.nodeWorker[keys2[j]];
                    }
                }
                if (message.mapWeights && message.mapWeights.length) {
                    object.mapWeights = $Array(message.mapWeights.length);
                    for (let j = 0; j < message.mapWeights.length; ++j)
                        object.mapWeights[j] = message.mapWeights[j];
                }
                if (message.strategy != null && $Object.hasOwnProperty.call(message, "strategy"))
                    object.strategy = message.strategy;
                if (message.nodeMemoryBytes && (keys2 = $Object.keys(message.nodeMemoryBytes)).length) {
                    object.nodeMemoryBytes = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.nodeMemoryBytes, keys2[j]);
                        object.nodeMemoryBytes[keys2[j]] = options.json && !$isFinite(message.nodeMemoryBytes[keys2[j]]) ? $String(message.nodeMemoryBytes[keys2[j]]) : message.nodeMemoryBytes[keys2[j]];
                    }
                }
                if (message.stageBaseWorkers && message.stageBaseWorkers.length) {
                    object.stageBaseWorkers = $Array(message.stageBaseWorkers.length);
                    for (let j = 0; j < message.stageBaseWorkers.length; ++j)
                        object.stageBaseWorkers[j] = message.stageBaseWorkers[j];
                }
                if (message.stageBaseWeights && message.stageBaseWeights.length) {
                    object.stageBaseWeights = $Array(message.stageBaseWeights.length);
                    for (let j = 0; j < message.stageBaseWeights.length; ++j)
                        object.stageBaseWeights[j] = message.stageBaseWeights[j];
                }
                return object;
            };

            /**
             * Converts this Placement to JSON.
             * @function toJSON
             * @memberof weft.v1.Placement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Placement.prototype.toJSON = function() {
                return Placement.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Placement
             * @function getTypeUrl
             * @memberof weft.v1.Placement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Placement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.Placement";
            };

            return Placement;
        })();

        v1.StartRun = (function() {

            /**
             * Properties of a StartRun.
             * @typedef {Object} weft.v1.StartRun.$Properties
             * @property {string|null} [runId] StartRun runId
             * @property {weft.v1.WorkflowGraph.$Properties|null} [graph] StartRun graph
             * @property {string|null} [bundleHash] StartRun bundleHash
             * @property {string|null} [inputJson] StartRun inputJson
             * @property {weft.v1.Placement.$Properties|null} [placement] StartRun placement
             * @property {number|null} [epoch] StartRun epoch
             * @property {Array.<string>|null} [recovered] StartRun recovered
             * @property {Array.<string>|null} [done] StartRun done
             * @property {weft.v1.RunOrigin.$Properties|null} [origin] StartRun origin
             * @property {boolean|null} [resync] StartRun resync
             * @property {string|null} [owner] StartRun owner
             * @property {boolean|null} [express] StartRun express
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartRun.
             * @memberof weft.v1
             * @interface IStartRun
             * @augments weft.v1.StartRun.$Properties
             * @deprecated Use weft.v1.StartRun.$Properties instead.
             */

            /**
             * Shape of a StartRun.
             * @typedef {weft.v1.StartRun.$Properties} weft.v1.StartRun.$Shape
             */

            /**
             * Constructs a new StartRun.
             * @memberof weft.v1
             * @classdesc Represents a StartRun.
             * @constructor
             * @param {weft.v1.StartRun.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartRun = function (properties) {
                this.recovered = [];
                this.done = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StartRun runId.
             * @member {string} runId
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.runId = "";

            /**
             * StartRun graph.
             * @member {weft.v1.WorkflowGraph.$Properties|null|undefined} graph
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.graph = null;

            /**
             * StartRun bundleHash.
             * @member {string} bundleHash
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.bundleHash = "";

            /**
             * StartRun inputJson.
             * @member {string} inputJson
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.inputJson = "";

            /**
             * StartRun placement.
             * @member {weft.v1.Placement.$Properties|null|undefined} placement
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.placement = null;

            /**
             * StartRun epoch.
             * @member {number} epoch
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.epoch = 0;

            /**
             * StartRun recovered.
             * @member {Array.<string>} recovered
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.recovered = $util.emptyArray;

            /**
             * StartRun done.
             * @member {Array.<string>} done
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.done = $util.emptyArray;

            /**
             * StartRun origin.
             * @member {weft.v1.RunOrigin.$Properties|null|undefined} origin
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.origin = null;

            /**
             * StartRun resync.
             * @member {boolean} resync
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.resync = false;

            /**
             * StartRun owner.
             * @member {string} owner
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.owner = "";

            /**
             * StartRun express.
             * @member {boolean} express
             * @memberof weft.v1.StartRun
             * @instance
             */
            StartRun.prototype.express = false;

            /**
             * Creates a new StartRun instance using the specified properties.
             * @function create
             * @memberof weft.v1.StartRun
             * @static
             * @param {weft.v1.StartRun.$Properties=} [properties] Properties to set
             * @returns {weft.v1.StartRun} StartRun instance
             * @type {{
             *   (properties: weft.v1.StartRun.$Shape): weft.v1.StartRun & weft.v1.StartRun.$Shape;
             *   (properties?: weft.v1.StartRun.$Properties): weft.v1.StartRun;
             * }}
             */
            StartRun.create = function(properties) {
                return new StartRun(properties);
            };

            /**
             * Encodes the specified StartRun message. Does not implicitly {@link weft.v1.StartRun.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.StartRun
             * @static
             * @param {weft.v1.StartRun.$Properties} message StartRun message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartRun.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.graph != null && $Object.hasOwnProperty.call(message, "graph"))
                    $root.weft.v1.WorkflowGraph.encode(message.graph, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.bundleHash != null && $Object.hasOwnProperty.call(message, "bundleHash") && message.bundleHash !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.bundleHash);
                if (message.inputJson != null && $Object.hasOwnProperty.call(message, "inputJson") && message.inputJson !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.inputJson);
                if (message.placement != null && $Object.hasOwnProperty.call(message, "placement"))
                    $root.weft.v1.Placement.encode(message.placement, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.epoch);
                if (message.recovered != null && message.recovered.length)
                    for (let i = 0; i < message.recovered.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.recovered[i]);
                if (message.done != null && message.done.length)
                    for (let i = 0; i < message.done.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.done[i]);
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    $root.weft.v1.RunOrigin.encode(message.origin, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.resync != null && $Object.hasOwnProperty.call(message, "resync") && message.resync !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.resync);
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.owner);
                if (message.express != null && $Object.hasOwnProperty.call(message, "express") && message.express !== false)
                    writer.uint32(/* id 15, wireType 0 =*/120).bool(message.express);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StartRun message, length delimited. Does not implicitly {@link weft.v1.StartRun.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.StartRun
             * @static
             * @param {weft.v1.StartRun.$Properties} message StartRun message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartRun.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StartRun message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.StartRun
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.StartRun & weft.v1.StartRun.$Shape} StartRun
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartRun.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.StartRun();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.graph = $root.weft.v1.WorkflowGraph.decode(reader, reader.size(), $undefined, _depth + 1, message.graph);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bundleHash = value;
                            else
                                delete message.bundleHash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.inputJson = value;
                            else
                                delete message.inputJson;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.placement = $root.weft.v1.Placement.decode(reader, reader.size(), $undefined, _depth + 1, message.placement);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.recovered && message.recovered.length))
                                message.recovered = [];
                            message.recovered.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.done && message.done.length))
                                message.done = [];
                            message.done.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.origin = $root.weft.v1.RunOrigin.decode(reader, reader.size(), $undefined, _depth + 1, message.origin);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.resync = value;
                            else
                                delete message.resync;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.owner = value;
                            else
                                delete message.owner;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.express = value;
                            else
                                delete message.express;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StartRun message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.StartRun
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.StartRun & weft.v1.StartRun.$Shape} StartRun
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartRun.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a StartRun message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.StartRun
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.StartRun} StartRun
             */
            StartRun.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.StartRun)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.StartRun: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.StartRun();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.graph != null) {
                    if (!$util.isObject(object.graph))
                        throw $TypeError(".weft.v1.StartRun.graph: object expected");
                    message.graph = $root.weft.v1.WorkflowGraph.fromObject(object.graph, _depth + 1);
                }
                if (object.bundleHash != null)
                    if (typeof object.bundleHash !== "string" || object.bundleHash.length)
                        message.bundleHash = $String(object.bundleHash);
                if (object.inputJson != null)
                    if (typeof object.inputJson !== "string" || object.inputJson.length)
                        message.inputJson = $String(object.inputJson);
                if (object.placement != null) {
                    if (!$util.isObject(object.placement))
                        throw $TypeError(".weft.v1.StartRun.placement: object expected");
                    message.placement = $root.weft.v1.Placement.fromObject(object.placement, _depth + 1);
                }
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.recovered) {
                    if (!$Array.isArray(object.recovered))
                        throw $TypeError(".weft.v1.StartRun.recovered: array expected");
                    message.recovered = $Array(object.recovered.length);
                    for (let i = 0; i < object.recovered.length; ++i)
                        message.recovered[i] = $String(object.recovered[i]);
                }
                if (object.done) {
                    if (!$Array.isArray(object.done))
                        throw $TypeError(".weft.v1.StartRun.done: array expected");
                    message.done = $Array(object.done.length);
                    for (let i = 0; i < object.done.length; ++i)
                        message.done[i] = $String(object.done[i]);
                }
                if (object.origin != null) {
                    if (!$util.isObject(object.origin))
                        throw $TypeError(".weft.v1.StartRun.origin: object expected");
                    message.origin = $root.weft.v1.RunOrigin.fromObject(object.origin, _depth + 1);
                }
                if (object.resync != null)
                    if (object.resync)
                        message.resync = $Boolean(object.resync);
                if (object.owner != null)
                    if (typeof object.owner !== "string" || object.owner.length)
                        message.owner = $String(object.owner);
                if (object.express != null)
                    if (object.express)
                        message.express = $Boolean(object.express);
                return message;
            };

            /**
             * Creates a plain object from a StartRun message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.StartRun
             * @static
             * @param {weft.v1.StartRun} message StartRun
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartRun.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.recovered = [];
                    object.done = [];
                }
                if (options.defaults) {
                    object.runId = "";
                    object.graph = null;
                    object.bundleHash = "";
                    object.inputJson = "";
                    object.placement = null;
                    object.epoch = 0;
                    object.origin = null;
                    object.resync = false;
                    object.owner = "";
                    object.express = false;
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.graph != null && $Object.hasOwnProperty.call(message, "graph"))
                    object.graph = $root.weft.v1.WorkflowGraph.toObject(message.graph, options, _depth + 1);
                if (message.bundleHash != null && $Object.hasOwnProperty.call(message, "bundleHash"))
                    object.bundleHash = message.bundleHash;
                if (message.inputJson != null && $Object.hasOwnProperty.call(message, "inputJson"))
                    object.inputJson = message.inputJson;
                if (message.placement != null && $Object.hasOwnProperty.call(message, "placement"))
                    object.placement = $root.weft.v1.Placement.toObject(message.placement, options, _depth + 1);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.recovered && message.recovered.length) {
                    object.recovered = $Array(message.recovered.length);
                    for (let j = 0; j < message.recovered.length; ++j)
                        object.recovered[j] = message.recovered[j];
                }
                if (message.done && message.done.length) {
                    object.done = $Array(message.done.length);
                    for (let j = 0; j < message.done.length; ++j)
                        object.done[j] = message.done[j];
                }
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    object.origin = $root.weft.v1.RunOrigin.toObject(message.origin, options, _depth + 1);
                if (message.resync != null && $Object.hasOwnProperty.call(message, "resync"))
                    object.resync = message.resync;
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                    object.owner = message.owner;
                if (message.express != null && $Object.hasOwnProperty.call(message, "express"))
                    object.express = message.express;
                return object;
            };

            /**
             * Converts this StartRun to JSON.
             * @function toJSON
             * @memberof weft.v1.StartRun
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartRun.prototype.toJSON = function() {
                return StartRun.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartRun
             * @function getTypeUrl
             * @memberof weft.v1.StartRun
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartRun.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.StartRun";
            };

            return StartRun;
        })();

        v1.StartRunReply = (function() {

            /**
             * Properties of a StartRunReply.
             * @typedef {Object} weft.v1.StartRunReply.$Properties
             * @property {string|null} [worker] StartRunReply worker
             * @property {weft.v1.ErrorInfo.$Properties|null} [error] StartRunReply error
             * @property {Array.<string>|null} [missing] StartRunReply missing
             * @property {boolean|null} [held] StartRunReply held
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartRunReply.
             * @memberof weft.v1
             * @interface IStartRunReply
             * @augments weft.v1.StartRunReply.$Properties
             * @deprecated Use weft.v1.StartRunReply.$Properties instead.
             */

            /**
             * Shape of a StartRunReply.
             * @typedef {weft.v1.StartRunReply.$Properties} weft.v1.StartRunReply.$Shape
             */

            /**
             * Constructs a new StartRunReply.
             * @memberof weft.v1
             * @classdesc Represents a StartRunReply.
             * @constructor
             * @param {weft.v1.StartRunReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartRunReply = function (properties) {
                this.missing = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StartRunReply worker.
             * @member {string} worker
             * @memberof weft.v1.StartRunReply
             * @instance
             */
            StartRunReply.prototype.worker = "";

            /**
             * StartRunReply error.
             * @member {weft.v1.ErrorInfo.$Properties|null|undefined} error
             * @memberof weft.v1.StartRunReply
             * @instance
             */
            StartRunReply.prototype.error = null;

            /**
             * StartRunReply missing.
             * @member {Array.<string>} missing
             * @memberof weft.v1.StartRunReply
             * @instance
             */
            StartRunReply.prototype.missing = $util.emptyArray;

            /**
             * StartRunReply held.
             * @member {boolean} held
             * @memberof weft.v1.StartRunReply
             * @instance
             */
            StartRunReply.prototype.held = false;

            /**
             * Creates a new StartRunReply instance using the specified properties.
             * @function create
             * @memberof weft.v1.StartRunReply
             * @static
             * @param {weft.v1.StartRunReply.$Properties=} [properties] Properties to set
             * @returns {weft.v1.StartRunReply} StartRunReply instance
             * @type {{
             *   (properties: weft.v1.StartRunReply.$Shape): weft.v1.StartRunReply & weft.v1.StartRunReply.$Shape;
             *   (properties?: weft.v1.StartRunReply.$Properties): weft.v1.StartRunReply;
             * }}
             */
            StartRunReply.create = function(properties) {
                return new StartRunReply(properties);
            };

            /**
             * Encodes the specified StartRunReply message. Does not implicitly {@link weft.v1.StartRunReply.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.StartRunReply
             * @static
             * @param {weft.v1.StartRunReply.$Properties} message StartRunReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartRunReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.worker);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.weft.v1.ErrorInfo.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.missing != null && message.missing.length)
                    for (let i = 0; i < message.missing.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.missing[i]);
                if (message.held != null && $Object.hasOwnProperty.call(message, "held") && message.held !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.held);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StartRunReply message, length delimited. Does not implicitly {@link weft.v1.StartRunReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.StartRunReply
             * @static
             * @param {weft.v1.StartRunReply.$Properties} message StartRunReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartRunReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StartRunReply message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.StartRunReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.StartRunReply & weft.v1.StartRunReply.$Shape} StartRunReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartRunReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.StartRunReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.weft.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.missing && message.missing.length))
                                message.missing = [];
                            message.missing.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.held = value;
                            else
                                delete message.held;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StartRunReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.StartRunReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.StartRunReply & weft.v1.StartRunReply.$Shape} StartRunReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartRunReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a StartRunReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.StartRunReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.StartRunReply} StartRunReply
             */
            StartRunReply.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.StartRunReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.StartRunReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.StartRunReply();
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".weft.v1.StartRunReply.error: object expected");
                    message.error = $root.weft.v1.ErrorInfo.fromObject(object.error, _depth + 1);
                }
                if (object.missing) {
                    if (!$Array.isArray(object.missing))
                        throw $TypeError(".weft.v1.StartRunReply.missing: array expected");
                    message.missing = $Array(object.missing.length);
                    for (let i = 0; i < object.missing.length; ++i)
                        message.missing[i] = $String(object.missing[i]);
                }
                if (object.held != null)
                    if (object.held)
                        message.held = $Boolean(object.held);
                return message;
            };

            /**
             * Creates a plain object from a StartRunReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.StartRunReply
             * @static
             * @param {weft.v1.StartRunReply} message StartRunReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartRunReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.missing = [];
                if (options.defaults) {
                    object.worker = "";
                    object.error = null;
                    object.held = false;
                }
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.weft.v1.ErrorInfo.toObject(message.error, options, _depth + 1);
                if (message.missing && message.missing.length) {
                    object.missing = $Array(message.missing.length);
                    for (let j = 0; j < message.missing.length; ++j)
                        object.missing[j] = message.missing[j];
                }
                if (message.held != null && $Object.hasOwnProperty.call(message, "held"))
                    object.held = message.held;
                return object;
            };

            /**
             * Converts this StartRunReply to JSON.
             * @function toJSON
             * @memberof weft.v1.StartRunReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartRunReply.prototype.toJSON = function() {
                return StartRunReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartRunReply
             * @function getTypeUrl
             * @memberof weft.v1.StartRunReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartRunReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.StartRunReply";
            };

            return StartRunReply;
        })();

        v1.RunControl = (function() {

            /**
             * Properties of a RunControl.
             * @typedef {Object} weft.v1.RunControl.$Properties
             * @property {string|null} [runId] RunControl runId
             * @property {weft.v1.RunControl.Action|null} [action] RunControl action
             * @property {string|null} [reason] RunControl reason
             * @property {number|null} [epoch] RunControl epoch
             * @property {weft.v1.Placement.$Properties|null} [placement] RunControl placement
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunControl.
             * @memberof weft.v1
             * @interface IRunControl
             * @augments weft.v1.RunControl.$Properties
             * @deprecated Use weft.v1.RunControl.$Properties instead.
             */

            /**
             * Shape of a RunControl.
             * @typedef {weft.v1.RunControl.$Properties} weft.v1.RunControl.$Shape
             */

            /**
             * Constructs a new RunControl.
             * @memberof weft.v1
             * @classdesc Represents a RunControl.
             * @constructor
             * @param {weft.v1.RunControl.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunControl = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunControl runId.
             * @member {string} runId
             * @memberof weft.v1.RunControl
             * @instance
             */
            RunControl.prototype.runId = "";

            /**
             * RunControl action.
             * @member {weft.v1.RunControl.Action} action
             * @memberof weft.v1.RunControl
             * @instance
             */
            RunControl.prototype.action = 0;

            /**
             * RunControl reason.
             * @member {string} reason
             * @memberof weft.v1.RunControl
             * @instance
             */
            RunControl.prototype.reason = "";

            /**
             * RunControl epoch.
             * @member {number} epoch
             * @memberof weft.v1.RunControl
             * @instance
             */
            RunControl.prototype.epoch = 0;

            /**
             * RunControl placement.
             * @member {weft.v1.Placement.$Properties|null|undefined} placement
             * @memberof weft.v1.RunControl
             * @instance
             */
            RunControl.prototype.placement = null;

            /**
             * Creates a new RunControl instance using the specified properties.
             * @function create
             * @memberof weft.v1.RunControl
             * @static
             * @param {weft.v1.RunControl.$Properties=} [properties] Properties to set
             * @returns {weft.v1.RunControl} RunControl instance
             * @type {{
             *   (properties: weft.v1.RunControl.$Shape): weft.v1.RunControl & weft.v1.RunControl.$Shape;
             *   (properties?: weft.v1.RunControl.$Properties): weft.v1.RunControl;
             * }}
             */
            RunControl.create = function(properties) {
                return new RunControl(properties);
            };

            /**
             * Encodes the specified RunControl message. Does not implicitly {@link weft.v1.RunControl.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.RunControl
             * @static
             * @param {weft.v1.RunControl.$Properties} message RunControl message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunControl.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.action);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.epoch);
                if (message.placement != null && $Object.hasOwnProperty.call(message, "placement"))
                    $root.weft.v1.Placement.encode(message.placement, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunControl message, length delimited. Does not implicitly {@link weft.v1.RunControl.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.RunControl
             * @static
             * @param {weft.v1.RunControl.$Properties} message RunControl message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunControl.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunControl message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.RunControl
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.RunControl & weft.v1.RunControl.$Shape} RunControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunControl.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.RunControl();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.placement = $root.weft.v1.Placement.decode(reader, reader.size(), $undefined, _depth + 1, message.placement);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunControl message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.RunControl
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.RunControl & weft.v1.RunControl.$Shape} RunControl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunControl.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a RunControl message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.RunControl
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.RunControl} RunControl
             */
            RunControl.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.RunControl)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.RunControl: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.RunControl();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.action !== 0 && (typeof object.action !== "string" || $root.weft.v1.RunControl.Action[object.action] !== 0))
                    switch (object.action) {
                    case "ACTION_UNSPECIFIED":
                    case 0:
                        message.action = 0;
                        break;
                    case "ACTION_CANCEL":
                    case 1:
                        message.action = 1;
                        break;
                    case "ACTION_FORGET":
                    case 2:
                        message.action = 2;
                        break;
                    case "ACTION_GROW":
                    case 3:
                        message.action = 3;
                        break;
                    default:
                        if (typeof object.action === "number" && (object.action | 0) === object.action)
                            message.action = object.action;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.placement != null) {
                    if (!$util.isObject(object.placement))
                        throw $TypeError(".weft.v1.RunControl.placement: object expected");
                    message.placement = $root.weft.v1.Placement.fromObject(object.placement, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RunControl message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.RunControl
             * @static
             * @param {weft.v1.RunControl} message RunControl
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunControl.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.runId = "";
                    object.action = options.enums === $String ? "ACTION_UNSPECIFIED" : 0;
                    object.reason = "";
                    object.epoch = 0;
                    object.placement = null;
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = options.enums === $String ? $root.weft.v1.RunControl.Action[message.action] === $undefined ? message.action : $root.weft.v1.RunControl.Action[message.action] : message.action;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.placement != null && $Object.hasOwnProperty.call(message, "placement"))
                    object.placement = $root.weft.v1.Placement.toObject(message.placement, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RunControl to JSON.
             * @function toJSON
             * @memberof weft.v1.RunControl
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunControl.prototype.toJSON = function() {
                return RunControl.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunControl
             * @function getTypeUrl
             * @memberof weft.v1.RunControl
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunControl.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.RunControl";
            };

            /**
             * Action enum.
             * @name weft.v1.RunControl.Action
             * @enum {number}
             * @property {number} ACTION_UNSPECIFIED=0 ACTION_UNSPECIFIED value
             * @property {number} ACTION_CANCEL=1 ACTION_CANCEL value
             * @property {number} ACTION_FORGET=2 ACTION_FORGET value
             * @property {number} ACTION_GROW=3 ACTION_GROW value
             */
            RunControl.Action = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ACTION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ACTION_CANCEL"] = 1;
                values[valuesById[2] = "ACTION_FORGET"] = 2;
                values[valuesById[3] = "ACTION_GROW"] = 3;
                return values;
            })();

            return RunControl;
        })();

        v1.WorkerHeartbeat = (function() {

            /**
             * Properties of a WorkerHeartbeat.
             * @typedef {Object} weft.v1.WorkerHeartbeat.$Properties
             * @property {string|null} [name] WorkerHeartbeat name
             * @property {number|null} [slots] WorkerHeartbeat slots
             * @property {number|null} [running] WorkerHeartbeat running
             * @property {number|null} [pid] WorkerHeartbeat pid
             * @property {string|null} [host] WorkerHeartbeat host
             * @property {number|null} [startedAtMs] WorkerHeartbeat startedAtMs
             * @property {number|null} [sentAtMs] WorkerHeartbeat sentAtMs
             * @property {string|null} [storeRefused] WorkerHeartbeat storeRefused
             * @property {number|null} [memoryBytes] WorkerHeartbeat memoryBytes
             * @property {boolean|null} [draining] WorkerHeartbeat draining
             * @property {boolean|null} [leaving] WorkerHeartbeat leaving
             * @property {Array.<string>|null} [unfinishedRuns] WorkerHeartbeat unfinishedRuns
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerHeartbeat.
             * @memberof weft.v1
             * @interface IWorkerHeartbeat
             * @augments weft.v1.WorkerHeartbeat.$Properties
             * @deprecated Use weft.v1.WorkerHeartbeat.$Properties instead.
             */

            /**
             * Shape of a WorkerHeartbeat.
             * @typedef {weft.v1.WorkerHeartbeat.$Properties} weft.v1.WorkerHeartbeat.$Shape
             */

            /**
             * Constructs a new WorkerHeartbeat.
             * @memberof weft.v1
             * @classdesc Represents a WorkerHeartbeat.
             * @constructor
             * @param {weft.v1.WorkerHeartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerHeartbeat = function (properties) {
                this.unfinishedRuns = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerHeartbeat name.
             * @member {string} name
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.name = "";

            /**
             * WorkerHeartbeat slots.
             * @member {number} slots
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.slots = 0;

            /**
             * WorkerHeartbeat running.
             * @member {number} running
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.running = 0;

            /**
             * WorkerHeartbeat pid.
             * @member {number} pid
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.pid = 0;

            /**
             * WorkerHeartbeat host.
             * @member {string} host
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.host = "";

            /**
             * WorkerHeartbeat startedAtMs.
             * @member {number} startedAtMs
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.startedAtMs = 0;

            /**
             * WorkerHeartbeat sentAtMs.
             * @member {number} sentAtMs
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.sentAtMs = 0;

            /**
             * WorkerHeartbeat storeRefused.
             * @member {string} storeRefused
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.storeRefused = "";

            /**
             * WorkerHeartbeat memoryBytes.
             * @member {number} memoryBytes
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.memoryBytes = 0;

            /**
             * WorkerHeartbeat draining.
             * @member {boolean} draining
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.draining = false;

            /**
             * WorkerHeartbeat leaving.
             * @member {boolean} leaving
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.leaving = false;

            /**
             * WorkerHeartbeat unfinishedRuns.
             * @member {Array.<string>} unfinishedRuns
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             */
            WorkerHeartbeat.prototype.unfinishedRuns = $util.emptyArray;

            /**
             * Creates a new WorkerHeartbeat instance using the specified properties.
             * @function create
             * @memberof weft.v1.WorkerHeartbeat
             * @static
             * @param {weft.v1.WorkerHeartbeat.$Properties=} [properties] Properties to set
             * @returns {weft.v1.WorkerHeartbeat} WorkerHeartbeat instance
             * @type {{
             *   (properties: weft.v1.WorkerHeartbeat.$Shape): weft.v1.WorkerHeartbeat & weft.v1.WorkerHeartbeat.$Shape;
             *   (properties?: weft.v1.WorkerHeartbeat.$Properties): weft.v1.WorkerHeartbeat;
             * }}
             */
            WorkerHeartbeat.create = function(properties) {
                return new WorkerHeartbeat(properties);
            };

            /**
             * Encodes the specified WorkerHeartbeat message. Does not implicitly {@link weft.v1.WorkerHeartbeat.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.WorkerHeartbeat
             * @static
             * @param {weft.v1.WorkerHeartbeat.$Properties} message WorkerHeartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerHeartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots") && message.slots !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.slots);
                if (message.running != null && $Object.hasOwnProperty.call(message, "running") && message.running !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.running);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.pid);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.host);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && !$Object.is(message.startedAtMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.startedAtMs);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && !$Object.is(message.sentAtMs, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.sentAtMs);
                if (message.storeRefused != null && $Object.hasOwnProperty.call(message, "storeRefused") && message.storeRefused !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.storeRefused);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && !$Object.is(message.memoryBytes, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.memoryBytes);
                if (message.draining != null && $Object.hasOwnProperty.call(message, "draining") && message.draining !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.draining);
                if (message.leaving != null && $Object.hasOwnProperty.call(message, "leaving") && message.leaving !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.leaving);
                if (message.unfinishedRuns != null && message.unfinishedRuns.length)
                    for (let i = 0; i < message.unfinishedRuns.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.unfinishedRuns[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerHeartbeat message, length delimited. Does not implicitly {@link weft.v1.WorkerHeartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.WorkerHeartbeat
             * @static
             * @param {weft.v1.WorkerHeartbeat.$Properties} message WorkerHeartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerHeartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerHeartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.WorkerHeartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.WorkerHeartbeat & weft.v1.WorkerHeartbeat.$Shape} WorkerHeartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerHeartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.WorkerHeartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slots = value;
                            else
                                delete message.slots;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.running = value;
                            else
                                delete message.running;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.storeRefused = value;
                            else
                                delete message.storeRefused;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.draining = value;
                            else
                                delete message.draining;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.leaving = value;
                            else
                                delete message.leaving;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.unfinishedRuns && message.unfinishedRuns.length))
                                message.unfinishedRuns = [];
                            message.unfinishedRuns.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerHeartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.WorkerHeartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.WorkerHeartbeat & weft.v1.WorkerHeartbeat.$Shape} WorkerHeartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerHeartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a WorkerHeartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.WorkerHeartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.WorkerHeartbeat} WorkerHeartbeat
             */
            WorkerHeartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.WorkerHeartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.WorkerHeartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.WorkerHeartbeat();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.slots != null)
                    if ($Number(object.slots) !== 0)
                        message.slots = object.slots >>> 0;
                if (object.running != null)
                    if ($Number(object.running) !== 0)
                        message.running = object.running >>> 0;
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.startedAtMs != null)
                    if (!$Object.is($Number(object.startedAtMs), 0))
                        message.startedAtMs = $Number(object.startedAtMs);
                if (object.sentAtMs != null)
                    if (!$Object.is($Number(object.sentAtMs), 0))
                        message.sentAtMs = $Number(object.sentAtMs);
                if (object.storeRefused != null)
                    if (typeof object.storeRefused !== "string" || object.storeRefused.length)
                        message.storeRefused = $String(object.storeRefused);
                if (object.memoryBytes != null)
                    if (!$Object.is($Number(object.memoryBytes), 0))
                        message.memoryBytes = $Number(object.memoryBytes);
                if (object.draining != null)
                    if (object.draining)
                        message.draining = $Boolean(object.draining);
                if (object.leaving != null)
                    if (object.leaving)
                        message.leaving = $Boolean(object.leaving);
                if (object.unfinishedRuns) {
                    if (!$Array.isArray(object.unfinishedRuns))
                        throw $TypeError(".weft.v1.WorkerHeartbeat.unfinishedRuns: array expected");
                    message.unfinishedRuns = $Array(object.unfinishedRuns.length);
                    for (let i = 0; i < object.unfinishedRuns.length; ++i)
                        message.unfinishedRuns[i] = $String(object.unfinishedRuns[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a WorkerHeartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.WorkerHeartbeat
             * @static
             * @param {weft.v1.WorkerHeartbeat} message WorkerHeartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerHeartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.unfinishedRuns = [];
                if (options.defaults) {
                    object.name = "";
                    object.slots = 0;
                    object.running = 0;
                    object.pid = 0;
                    object.host = "";
                    object.startedAtMs = 0;
                    object.sentAtMs = 0;
                    object.storeRefused = "";
                    object.memoryBytes = 0;
                    object.draining = false;
                    object.leaving = false;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
                    object.slots = message.slots;
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    object.running = message.running;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    object.startedAtMs = options.json && !$isFinite(message.startedAtMs) ? $String(message.startedAtMs) : message.startedAtMs;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    object.sentAtMs = options.json && !$isFinite(message.sentAtMs) ? $String(message.sentAtMs) : message.sentAtMs;
                if (message.storeRefused != null && $Object.hasOwnProperty.call(message, "storeRefused"))
                    object.storeRefused = message.storeRefused;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    object.memoryBytes = options.json && !$isFinite(message.memoryBytes) ? $String(message.memoryBytes) : message.memoryBytes;
                if (message.draining != null && $Object.hasOwnProperty.call(message, "draining"))
                    object.draining = message.draining;
                if (message.leaving != null && $Object.hasOwnProperty.call(message, "leaving"))
                    object.leaving = message.leaving;
                if (message.unfinishedRuns && message.unfinishedRuns.length) {
                    object.unfinishedRuns = $Array(message.unfinishedRuns.length);
                    for (let j = 0; j < message.unfinishedRuns.length; ++j)
                        object.unfinishedRuns[j] = message.unfinishedRuns[j];
                }
                return object;
            };

            /**
             * Converts this WorkerHeartbeat to JSON.
             * @function toJSON
             * @memberof weft.v1.WorkerHeartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerHeartbeat.prototype.toJSON = function() {
                return WorkerHeartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerHeartbeat
             * @function getTypeUrl
             * @memberof weft.v1.WorkerHeartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerHeartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.WorkerHeartbeat";
            };

            return WorkerHeartbeat;
        })();

        v1.TaskEvent = (function() {

            /**
             * Properties of a TaskEvent.
             * @typedef {Object} weft.v1.TaskEvent.$Properties
             * @property {string|null} [taskId] TaskEvent taskId
             * @property {string|null} [node] TaskEvent node
             * @property {number|null} [index] TaskEvent index
             * @property {string|null} [from] TaskEvent from
             * @property {string|null} [to] TaskEvent to
             * @property {string|null} [worker] TaskEvent worker
             * @property {number|null} [attempt] TaskEvent attempt
             * @property {number|null} [atMs] TaskEvent atMs
             * @property {number|null} [durationMs] TaskEvent durationMs
             * @property {weft.v1.ErrorInfo.$Properties|null} [error] TaskEvent error
             * @property {number|null} [epoch] TaskEvent epoch
             * @property {boolean|null} [absorbed] TaskEvent absorbed
             * @property {boolean|null} [measured] TaskEvent measured
             * @property {number|null} [cpuMs] TaskEvent cpuMs
             * @property {number|null} [heapGrowthBytes] TaskEvent heapGrowthBytes
             * @property {number|null} [memoryMbS] TaskEvent memoryMbS
             * @property {number|null} [outputBytes] TaskEvent outputBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskEvent.
             * @memberof weft.v1
             * @interface ITaskEvent
             * @augments weft.v1.TaskEvent.$Properties
             * @deprecated Use weft.v1.TaskEvent.$Properties instead.
             */

            /**
             * Shape of a TaskEvent.
             * @typedef {weft.v1.TaskEvent.$Properties} weft.v1.TaskEvent.$Shape
             */

            /**
             * Constructs a new TaskEvent.
             * @memberof weft.v1
             * @classdesc Represents a TaskEvent.
             * @constructor
             * @param {weft.v1.TaskEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskEvent taskId.
             * @member {string} taskId
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.taskId = "";

            /**
             * TaskEvent node.
             * @member {string} node
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.node = "";

            /**
             * TaskEvent index.
             * @member {number} index
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.index = 0;

            /**
             * TaskEvent from.
             * @member {string} from
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.from = "";

            /**
             * TaskEvent to.
             * @member {string} to
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.to = "";

            /**
             * TaskEvent worker.
             * @member {string} worker
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.worker = "";

            /**
             * TaskEvent attempt.
             * @member {number} attempt
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.attempt = 0;

            /**
             * TaskEvent atMs.
             * @member {number} atMs
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.atMs = 0;

            /**
             * TaskEvent durationMs.
             * @member {number} durationMs
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.durationMs = 0;

            /**
             * TaskEvent error.
             * @member {weft.v1.ErrorInfo.$Properties|null|undefined} error
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.error = null;

            /**
             * TaskEvent epoch.
             * @member {number} epoch
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.epoch = 0;

            /**
             * TaskEvent absorbed.
             * @member {boolean} absorbed
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.absorbed = false;

            /**
             * TaskEvent measured.
             * @member {boolean} measured
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.measured = false;

            /**
             * TaskEvent cpuMs.
             * @member {number} cpuMs
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.cpuMs = 0;

            /**
             * TaskEvent heapGrowthBytes.
             * @member {number} heapGrowthBytes
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.heapGrowthBytes = 0;

            /**
             * TaskEvent memoryMbS.
             * @member {number} memoryMbS
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.memoryMbS = 0;

            /**
             * TaskEvent outputBytes.
             * @member {number} outputBytes
             * @memberof weft.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.outputBytes = 0;

            /**
             * Creates a new TaskEvent instance using the specified properties.
             * @function create
             * @memberof weft.v1.TaskEvent
             * @static
             * @param {weft.v1.TaskEvent.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TaskEvent} TaskEvent instance
             * @type {{
             *   (properties: weft.v1.TaskEvent.$Shape): weft.v1.TaskEvent & weft.v1.TaskEvent.$Shape;
             *   (properties?: weft.v1.TaskEvent.$Properties): weft.v1.TaskEvent;
             * }}
             */
            TaskEvent.create = function(properties) {
                return new TaskEvent(properties);
            };

            /**
             * Encodes the specified TaskEvent message. Does not implicitly {@link weft.v1.TaskEvent.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TaskEvent
             * @static
             * @param {weft.v1.TaskEvent.$Properties} message TaskEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.node);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.index);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.to);
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.worker);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.attempt);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.atMs);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && !$Object.is(message.durationMs, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.durationMs);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.weft.v1.ErrorInfo.encode(message.error, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.epoch);
                if (message.absorbed != null && $Object.hasOwnProperty.call(message, "absorbed") && message.absorbed !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.absorbed);
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured") && message.measured !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.measured);
                if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs") && !$Object.is(message.cpuMs, 0))
                    writer.uint32(/* id 14, wireType 1 =*/113).double(message.cpuMs);
                if (message.heapGrowthBytes != null && $Object.hasOwnProperty.call(message, "heapGrowthBytes") && !$Object.is(message.heapGrowthBytes, 0))
                    writer.uint32(/* id 15, wireType 1 =*/121).double(message.heapGrowthBytes);
                if (message.memoryMbS != null && $Object.hasOwnProperty.call(message, "memoryMbS") && !$Object.is(message.memoryMbS, 0))
                    writer.uint32(/* id 16, wireType 1 =*/129).double(message.memoryMbS);
                if (message.outputBytes != null && $Object.hasOwnProperty.call(message, "outputBytes") && !$Object.is(message.outputBytes, 0))
                    writer.uint32(/* id 17, wireType 1 =*/137).double(message.outputBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TaskEvent message, length delimited. Does not implicitly {@link weft.v1.TaskEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.TaskEvent
             * @static
             * @param {weft.v1.TaskEvent.$Properties} message TaskEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TaskEvent message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TaskEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TaskEvent & weft.v1.TaskEvent.$Shape} TaskEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TaskEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.weft.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.absorbed = value;
                            else
                                delete message.absorbed;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.measured = value;
                            else
                                delete message.measured;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cpuMs = value;
                            else
                                delete message.cpuMs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.heapGrowthBytes = value;
                            else
                                delete message.heapGrowthBytes;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.memoryMbS = value;
                            else
                                delete message.memoryMbS;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.outputBytes = value;
                            else
                                delete message.outputBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TaskEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.TaskEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.TaskEvent & weft.v1.TaskEvent.$Shape} TaskEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a TaskEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TaskEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TaskEvent} TaskEvent
             */
            TaskEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TaskEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TaskEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TaskEvent();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index | 0;
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.to != null)
                    if (typeof object.to !== "string" || object.to.length)
                        message.to = $String(object.to);
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.atMs != null)
                    if (!$Object.is($Number(object.atMs), 0))
                        message.atMs = $Number(object.atMs);
                if (object.durationMs != null)
                    if (!$Object.is($Number(object.durationMs), 0))
                        message.durationMs = $Number(object.durationMs);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".weft.v1.TaskEvent.error: object expected");
                    message.error = $root.weft.v1.ErrorInfo.fromObject(object.error, _depth + 1);
                }
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.absorbed != null)
                    if (object.absorbed)
                        message.absorbed = $Boolean(object.absorbed);
                if (object.measured != null)
                    if (object.measured)
                        message.measured = $Boolean(object.measured);
                if (object.cpuMs != null)
                    if (!$Object.is($Number(object.cpuMs), 0))
                        message.cpuMs = $Number(object.cpuMs);
                if (object.heapGrowthBytes != null)
                    if (!$Object.is($Number(object.heapGrowthBytes), 0))
                        message.heapGrowthBytes = $Number(object.heapGrowthBytes);
                if (object.memoryMbS != null)
                    if (!$Object.is($Number(object.memoryMbS), 0))
                        message.memoryMbS = $Number(object.memoryMbS);
                if (object.outputBytes != null)
                    if (!$Object.is($Number(object.outputBytes), 0))
                        message.outputBytes = $Number(object.outputBytes);
                return message;
            };

            /**
             * Creates a plain object from a TaskEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TaskEvent
             * @static
             * @param {weft.v1.TaskEvent} message TaskEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.node = "";
                    object.index = 0;
                    object.from = "";
                    object.to = "";
                    object.worker = "";
                    object.attempt = 0;
                    object.atMs = 0;
                    object.durationMs = 0;
                    object.error = null;
                    object.epoch = 0;
                    object.absorbed = false;
                    object.measured = false;
                    object.cpuMs = 0;
                    object.heapGrowthBytes = 0;
                    object.memoryMbS = 0;
                    object.outputBytes = 0;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = message.to;
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    object.atMs = options.json && !$isFinite(message.atMs) ? $String(message.atMs) : message.atMs;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    object.durationMs = options.json && !$isFinite(message.durationMs) ? $String(message.durationMs) : message.durationMs;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.weft.v1.ErrorInfo.toObject(message.error, options, _depth + 1);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.absorbed != null && $Object.hasOwnProperty.call(message, "absorbed"))
                    object.absorbed = message.absorbed;
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured"))
                    object.measured = message.measured;
                if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs"))
                    object.cpuMs = options.json && !$isFinite(message.cpuMs) ? $String(message.cpuMs) : message.cpuMs;
                if (message.heapGrowthBytes != null && $Object.hasOwnProperty.call(message, "heapGrowthBytes"))
                    object.heapGrowthBytes = options.json && !$isFinite(message.heapGrowthBytes) ? $String(message.heapGrowthBytes) : message.heapGrowthBytes;
                if (message.memoryMbS != null && $Object.hasOwnProperty.call(message, "memoryMbS"))
                    object.memoryMbS = options.json && !$isFinite(message.memoryMbS) ? $String(message.memoryMbS) : message.memoryMbS;
                if (message.outputBytes != null && $Object.hasOwnProperty.call(message, "outputBytes"))
                    object.outputBytes = options.json && !$isFinite(message.outputBytes) ? $String(message.outputBytes) : message.outputBytes;
                return object;
            };

            /**
             * Converts this TaskEvent to JSON.
             * @function toJSON
             * @memberof weft.v1.TaskEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskEvent.prototype.toJSON = function() {
                return TaskEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskEvent
             * @function getTypeUrl
             * @memberof weft.v1.TaskEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TaskEvent";
            };

            return TaskEvent;
        })();

        v1.RunEvent = (function() {

            /**
             * Properties of a RunEvent.
             * @typedef {Object} weft.v1.RunEvent.$Properties
             * @property {string|null} [from] RunEvent from
             * @property {string|null} [to] RunEvent to
             * @property {number|null} [atMs] RunEvent atMs
             * @property {weft.v1.ErrorInfo.$Properties|null} [error] RunEvent error
             * @property {string|null} [resultJson] RunEvent resultJson
             * @property {string|null} [workflow] RunEvent workflow
             * @property {Array.<weft.v1.EdgeStats.$Properties>|null} [edges] RunEvent edges
             * @property {weft.v1.RunCost.$Properties|null} [cost] RunEvent cost
             * @property {string|null} [resultWorker] RunEvent resultWorker
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunEvent.
             * @memberof weft.v1
             * @interface IRunEvent
             * @augments weft.v1.RunEvent.$Properties
             * @deprecated Use weft.v1.RunEvent.$Properties instead.
             */

            /**
             * Shape of a RunEvent.
             * @typedef {weft.v1.RunEvent.$Properties} weft.v1.RunEvent.$Shape
             */

            /**
             * Constructs a new RunEvent.
             * @memberof weft.v1
             * @classdesc Represents a RunEvent.
             * @constructor
             * @param {weft.v1.RunEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunEvent = function (properties) {
                this.edges = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunEvent from.
             * @member {string} from
             * @memberof weft.v1.RunEvent
             * @instance
             */
            RunEvent.prototype.from = "";

            /**
             * RunEvent to.
             * @member {string} to
             * @memberof weft.v1.RunEvent
             * @instance
             */
            RunEvent.prototype.to = "";

            /**
             * RunEvent atMs.
             * @member {number} atMs
             * @memberof weft.v1.RunEvent
             * @instance
             */
            RunEvent.prototype.atMs = 0;

            /**
             * RunEvent error.
             * @member {weft.v1.ErrorInfo.$Properties|null|undefined} error
             * @memberof weft.v1.RunEvent
             * @instance
             */
            RunEvent.prototype.error = null;

            /**
             * RunEvent resultJson.
             * @member {string} resultJson
             * @memberof weft.v1.RunEvent
             * @instance
             */
            RunEvent.prototype.resultJson = "";

            /**
             * RunEvent workflow.
             * @member {string} workflow
             * @memberof weft.v1.RunEvent
             * @instance
             */
            RunEvent.prototype.workflow = "";

            /**
             * RunEvent edges.
             * @member {Array.<weft.v1.EdgeStats.$Properties>} edges
             * @memberof weft.v1.RunEvent
             * @instance
             */
            RunEvent.prototype.edges = $util.emptyArray;

            /**
             * RunEvent cost.
             * @member {weft.v1.RunCost.$Properties|null|undefined} cost
             * @memberof weft.v1.RunEvent
             * @instance
             */
            RunEvent.prototype.cost = null;

            /**
             * RunEvent resultWorker.
             * @member {string} resultWorker
             * @memberof weft.v1.RunEvent
             * @instance
             */
            RunEvent.prototype.resultWorker = "";

            /**
             * Creates a new RunEvent instance using the specified properties.
             * @function create
             * @memberof weft.v1.RunEvent
             * @static
             * @param {weft.v1.RunEvent.$Properties=} [properties] Properties to set
             * @returns {weft.v1.RunEvent} RunEvent instance
             * @type {{
             *   (properties: weft.v1.RunEvent.$Shape): weft.v1.RunEvent & weft.v1.RunEvent.$Shape;
             *   (properties?: weft.v1.RunEvent.$Properties): weft.v1.RunEvent;
             * }}
             */
            RunEvent.create = function(properties) {
                return new RunEvent(properties);
            };

            /**
             * Encodes the specified RunEvent message. Does not implicitly {@link weft.v1.RunEvent.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.RunEvent
             * @static
             * @param {weft.v1.RunEvent.$Properties} message RunEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.to);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.atMs);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.weft.v1.ErrorInfo.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.resultJson != null && $Object.hasOwnProperty.call(message, "resultJson") && message.resultJson !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.resultJson);
                if (message.workflow != null && $Object.hasOwnProperty.call(message, "workflow") && message.workflow !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.workflow);
                if (message.edges != null && message.edges.length)
                    for (let i = 0; i < message.edges.length; ++i)
                        $root.weft.v1.EdgeStats.encode(message.edges[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.cost != null && $Object.hasOwnProperty.call(message, "cost"))
                    $root.weft.v1.RunCost.encode(message.cost, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.resultWorker != null && $Object.hasOwnProperty.call(message, "resultWorker") && message.resultWorker !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.resultWorker);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunEvent message, length delimited. Does not implicitly {@link weft.v1.RunEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.RunEvent
             * @static
             * @param {weft.v1.RunEvent.$Properties} message RunEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunEvent message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.RunEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.RunEvent & weft.v1.RunEvent.$Shape} RunEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.RunEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.weft.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resultJson = value;
                            else
                                delete message.resultJson;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflow = value;
                            else
                                delete message.workflow;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.edges && message.edges.length))
                                message.edges = [];
                            message.edges.push($root.weft.v1.EdgeStats.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.cost = $root.weft.v1.RunCost.decode(reader, reader.size(), $undefined, _depth + 1, message.cost);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resultWorker = value;
                            else
                                delete message.resultWorker;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.RunEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.RunEvent & weft.v1.RunEvent.$Shape} RunEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a RunEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.RunEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.RunEvent} RunEvent
             */
            RunEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.RunEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.RunEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.RunEvent();
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.to != null)
                    if (typeof object.to !== "string" || object.to.length)
                        message.to = $String(object.to);
                if (object.atMs != null)
                    if (!$Object.is($Number(object.atMs), 0))
                        message.atMs = $Number(object.atMs);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".weft.v1.RunEvent.error: object expected");
                    message.error = $root.weft.v1.ErrorInfo.fromObject(object.error, _depth + 1);
                }
                if (object.resultJson != null)
                    if (typeof object.resultJson !== "string" || object.resultJson.length)
                        message.resultJson = $String(object.resultJson);
                if (object.workflow != null)
                    if (typeof object.workflow !== "string" || object.workflow.length)
                        message.workflow = $String(object.workflow);
                if (object.edges) {
                    if (!$Array.isArray(object.edges))
                        throw $TypeError(".weft.v1.RunEvent.edges: array expected");
                    message.edges = $Array(object.edges.length);
                    for (let i = 0; i < object.edges.length; ++i) {
                        if (!$util.isObject(object.edges[i]))
                            throw $TypeError(".weft.v1.RunEvent.edges: object expected");
                        message.edges[i] = $root.weft.v1.EdgeStats.fromObject(object.edges[i], _depth + 1);
                    }
                }
                if (object.cost != null) {
                    if (!$util.isObject(object.cost))
                        throw $TypeError(".weft.v1.RunEvent.cost: object expected");
                    message.cost = $root.weft.v1.RunCost.fromObject(object.cost, _depth + 1);
                }
                if (object.resultWorker != null)
                    if (typeof object.resultWorker !== "string" || object.resultWorker.length)
                        message.resultWorker = $String(object.resultWorker);
                return message;
            };

            /**
             * Creates a plain object from a RunEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.RunEvent
             * @static
             * @param {weft.v1.RunEvent} message RunEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.edges = [];
                if (options.defaults) {
                    object.from = "";
                    object.to = "";
                    object.atMs = 0;
                    object.error = null;
                    object.resultJson = "";
                    object.workflow = "";
                    object.cost = null;
                    object.resultWorker = "";
                }
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = message.to;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    object.atMs = options.json && !$isFinite(message.atMs) ? $String(message.atMs) : message.atMs;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.weft.v1.ErrorInfo.toObject(message.error, options, _depth + 1);
                if (message.resultJson != null && $Object.hasOwnProperty.call(message, "resultJson"))
                    object.resultJson = message.resultJson;
                if (message.workflow != null && $Object.hasOwnProperty.call(message, "workflow"))
                    object.workflow = message.workflow;
                if (message.edges && message.edges.length) {
                    object.edges = $Array(message.edges.length);
                    for (let j = 0; j < message.edges.length; ++j)
                        object.edges[j] = $root.weft.v1.EdgeStats.toObject(message.edges[j], options, _depth + 1);
                }
                if (message.cost != null && $Object.hasOwnProperty.call(message, "cost"))
                    object.cost = $root.weft.v1.RunCost.toObject(message.cost, options, _depth + 1);
                if (message.resultWorker != null && $Object.hasOwnProperty.call(message, "resultWorker"))
                    object.resultWorker = message.resultWorker;
                return object;
            };

            /**
             * Converts this RunEvent to JSON.
             * @function toJSON
             * @memberof weft.v1.RunEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunEvent.prototype.toJSON = function() {
                return RunEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunEvent
             * @function getTypeUrl
             * @memberof weft.v1.RunEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.RunEvent";
            };

            return RunEvent;
        })();

        v1.UserLog = (function() {

            /**
             * Properties of a UserLog.
             * @typedef {Object} weft.v1.UserLog.$Properties
             * @property {string|null} [taskId] UserLog taskId
             * @property {string|null} [worker] UserLog worker
             * @property {string|null} [level] UserLog level
             * @property {string|null} [message] UserLog message
             * @property {number|null} [atMs] UserLog atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserLog.
             * @memberof weft.v1
             * @interface IUserLog
             * @augments weft.v1.UserLog.$Properties
             * @deprecated Use weft.v1.UserLog.$Properties instead.
             */

            /**
             * Shape of a UserLog.
             * @typedef {weft.v1.UserLog.$Properties} weft.v1.UserLog.$Shape
             */

            /**
             * Constructs a new UserLog.
             * @memberof weft.v1
             * @classdesc Represents a UserLog.
             * @constructor
             * @param {weft.v1.UserLog.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserLog = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserLog taskId.
             * @member {string} taskId
             * @memberof weft.v1.UserLog
             * @instance
             */
            UserLog.prototype.taskId = "";

            /**
             * UserLog worker.
             * @member {string} worker
             * @memberof weft.v1.UserLog
             * @instance
             */
            UserLog.prototype.worker = "";

            /**
             * UserLog level.
             * @member {string} level
             * @memberof weft.v1.UserLog
             * @instance
             */
            UserLog.prototype.level = "";

            /**
             * UserLog message.
             * @member {string} message
             * @memberof weft.v1.UserLog
             * @instance
             */
            UserLog.prototype.message = "";

            /**
             * UserLog atMs.
             * @member {number} atMs
             * @memberof weft.v1.UserLog
             * @instance
             */
            UserLog.prototype.atMs = 0;

            /**
             * Creates a new UserLog instance using the specified properties.
             * @function create
             * @memberof weft.v1.UserLog
             * @static
             * @param {weft.v1.UserLog.$Properties=} [properties] Properties to set
             * @returns {weft.v1.UserLog} UserLog instance
             * @type {{
             *   (properties: weft.v1.UserLog.$Shape): weft.v1.UserLog & weft.v1.UserLog.$Shape;
             *   (properties?: weft.v1.UserLog.$Properties): weft.v1.UserLog;
             * }}
             */
            UserLog.create = function(properties) {
                return new UserLog(properties);
            };

            /**
             * Encodes the specified UserLog message. Does not implicitly {@link weft.v1.UserLog.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.UserLog
             * @static
             * @param {weft.v1.UserLog.$Properties} message UserLog message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserLog.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.worker);
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.level);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UserLog message, length delimited. Does not implicitly {@link weft.v1.UserLog.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.UserLog
             * @static
             * @param {weft.v1.UserLog.$Properties} message UserLog message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserLog.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UserLog message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.UserLog
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.UserLog & weft.v1.UserLog.$Shape} UserLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserLog.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.UserLog();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a UserLog message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.UserLog
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.UserLog & weft.v1.UserLog.$Shape} UserLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserLog.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a UserLog message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.UserLog
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.UserLog} UserLog
             */
            UserLog.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.UserLog)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.UserLog: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.UserLog();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                if (object.level != null)
                    if (typeof object.level !== "string" || object.level.length)
                        message.level = $String(object.level);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.atMs != null)
                    if (!$Object.is($Number(object.atMs), 0))
                        message.atMs = $Number(object.atMs);
                return message;
            };

            /**
             * Creates a plain object from a UserLog message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.UserLog
             * @static
             * @param {weft.v1.UserLog} message UserLog
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UserLog.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.worker = "";
                    object.level = "";
                    object.message = "";
                    object.atMs = 0;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = message.level;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    object.atMs = options.json && !$isFinite(message.atMs) ? $String(message.atMs) : message.atMs;
                return object;
            };

            /**
             * Converts this UserLog to JSON.
             * @function toJSON
             * @memberof weft.v1.UserLog
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UserLog.prototype.toJSON = function() {
                return UserLog.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UserLog
             * @function getTypeUrl
             * @memberof weft.v1.UserLog
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UserLog.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.UserLog";
            };

            return UserLog;
        })();

        v1.MapExpanded = (function() {

            /**
             * Properties of a MapExpanded.
             * @typedef {Object} weft.v1.MapExpanded.$Properties
             * @property {string|null} [node] MapExpanded node
             * @property {number|null} [count] MapExpanded count
             * @property {number|null} [atMs] MapExpanded atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MapExpanded.
             * @memberof weft.v1
             * @interface IMapExpanded
             * @augments weft.v1.MapExpanded.$Properties
             * @deprecated Use weft.v1.MapExpanded.$Properties instead.
             */

            /**
             * Shape of a MapExpanded.
             * @typedef {weft.v1.MapExpanded.$Properties} weft.v1.MapExpanded.$Shape
             */

            /**
             * Constructs a new MapExpanded.
             * @memberof weft.v1
             * @classdesc Represents a MapExpanded.
             * @constructor
             * @param {weft.v1.MapExpanded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MapExpanded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MapExpanded node.
             * @member {string} node
             * @memberof weft.v1.MapExpanded
             * @instance
             */
            MapExpanded.prototype.node = "";

            /**
             * MapExpanded count.
             * @member {number} count
             * @memberof weft.v1.MapExpanded
             * @instance
             */
            MapExpanded.prototype.count = 0;

            /**
             * MapExpanded atMs.
             * @member {number} atMs
             * @memberof weft.v1.MapExpanded
             * @instance
             */
            MapExpanded.prototype.atMs = 0;

            /**
             * Creates a new MapExpanded instance using the specified properties.
             * @function create
             * @memberof weft.v1.MapExpanded
             * @static
             * @param {weft.v1.MapExpanded.$Properties=} [properties] Properties to set
             * @returns {weft.v1.MapExpanded} MapExpanded instance
             * @type {{
             *   (properties: weft.v1.MapExpanded.$Shape): weft.v1.MapExpanded & weft.v1.MapExpanded.$Shape;
             *   (properties?: weft.v1.MapExpanded.$Properties): weft.v1.MapExpanded;
             * }}
             */
            MapExpanded.create = function(properties) {
                return new MapExpanded(properties);
            };

            /**
             * Encodes the specified MapExpanded message. Does not implicitly {@link weft.v1.MapExpanded.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.MapExpanded
             * @static
             * @param {weft.v1.MapExpanded.$Properties} message MapExpanded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MapExpanded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MapExpanded message, length delimited. Does not implicitly {@link weft.v1.MapExpanded.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.MapExpanded
             * @static
             * @param {weft.v1.MapExpanded.$Properties} message MapExpanded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MapExpanded.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MapExpanded message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.MapExpanded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.MapExpanded & weft.v1.MapExpanded.$Shape} MapExpanded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MapExpanded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.MapExpanded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MapExpanded message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.MapExpanded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.MapExpanded & weft.v1.MapExpanded.$Shape} MapExpanded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MapExpanded.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a MapExpanded message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.MapExpanded
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.MapExpanded} MapExpanded
             */
            MapExpanded.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.MapExpanded)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.MapExpanded: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.MapExpanded();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.atMs != null)
                    if (!$Object.is($Number(object.atMs), 0))
                        message.atMs = $Number(object.atMs);
                return message;
            };

            /**
             * Creates a plain object from a MapExpanded message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.MapExpanded
             * @static
             * @param {weft.v1.MapExpanded} message MapExpanded
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MapExpanded.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.count = 0;
                    object.atMs = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    object.atMs = options.json && !$isFinite(message.atMs) ? $String(message.atMs) : message.atMs;
                return object;
            };

            /**
             * Converts this MapExpanded to JSON.
             * @function toJSON
             * @memberof weft.v1.MapExpanded
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MapExpanded.prototype.toJSON = function() {
                return MapExpanded.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MapExpanded
             * @function getTypeUrl
             * @memberof weft.v1.MapExpanded
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MapExpanded.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.MapExpanded";
            };

            return MapExpanded;
        })();

        v1.EdgeStats = (function() {

            /**
             * Properties of an EdgeStats.
             * @typedef {Object} weft.v1.EdgeStats.$Properties
             * @property {string|null} [from] EdgeStats from
             * @property {string|null} [to] EdgeStats to
             * @property {number|null} [records] EdgeStats records
             * @property {number|null} [natsMsgs] EdgeStats natsMsgs
             * @property {number|null} [natsBytes] EdgeStats natsBytes
             * @property {number|null} [localRecords] EdgeStats localRecords
             * @property {number|null} [localBytes] EdgeStats localBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EdgeStats.
             * @memberof weft.v1
             * @interface IEdgeStats
             * @augments weft.v1.EdgeStats.$Properties
             * @deprecated Use weft.v1.EdgeStats.$Properties instead.
             */

            /**
             * Shape of an EdgeStats.
             * @typedef {weft.v1.EdgeStats.$Properties} weft.v1.EdgeStats.$Shape
             */

            /**
             * Constructs a new EdgeStats.
             * @memberof weft.v1
             * @classdesc Represents an EdgeStats.
             * @constructor
             * @param {weft.v1.EdgeStats.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EdgeStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EdgeStats from.
             * @member {string} from
             * @memberof weft.v1.EdgeStats
             * @instance
             */
            EdgeStats.prototype.from = "";

            /**
             * EdgeStats to.
             * @member {string} to
             * @memberof weft.v1.EdgeStats
             * @instance
             */
            EdgeStats.prototype.to = "";

            /**
             * EdgeStats records.
             * @member {number} records
             * @memberof weft.v1.EdgeStats
             * @instance
             */
            EdgeStats.prototype.records = 0;

            /**
             * EdgeStats natsMsgs.
             * @member {number} natsMsgs
             * @memberof weft.v1.EdgeStats
             * @instance
             */
            EdgeStats.prototype.natsMsgs = 0;

            /**
             * EdgeStats natsBytes.
             * @member {number} natsBytes
             * @memberof weft.v1.EdgeStats
             * @instance
             */
            EdgeStats.prototype.natsBytes = 0;

            /**
             * EdgeStats localRecords.
             * @member {number} localRecords
             * @memberof weft.v1.EdgeStats
             * @instance
             */
            EdgeStats.prototype.localRecords = 0;

            /**
             * EdgeStats localBytes.
             * @member {number} localBytes
             * @memberof weft.v1.EdgeStats
             * @instance
             */
            EdgeStats.prototype.localBytes = 0;

            /**
             * Creates a new EdgeStats instance using the specified properties.
             * @function create
             * @memberof weft.v1.EdgeStats
             * @static
             * @param {weft.v1.EdgeStats.$Properties=} [properties] Properties to set
             * @returns {weft.v1.EdgeStats} EdgeStats instance
             * @type {{
             *   (properties: weft.v1.EdgeStats.$Shape): weft.v1.EdgeStats & weft.v1.EdgeStats.$Shape;
             *   (properties?: weft.v1.EdgeStats.$Properties): weft.v1.EdgeStats;
             * }}
             */
            EdgeStats.create = function(properties) {
                return new EdgeStats(properties);
            };

            /**
             * Encodes the specified EdgeStats message. Does not implicitly {@link weft.v1.EdgeStats.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.EdgeStats
             * @static
             * @param {weft.v1.EdgeStats.$Properties} message EdgeStats message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EdgeStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.to);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && !$Object.is(message.records, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.records);
                if (message.natsMsgs != null && $Object.hasOwnProperty.call(message, "natsMsgs") && !$Object.is(message.natsMsgs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.natsMsgs);
                if (message.natsBytes != null && $Object.hasOwnProperty.call(message, "natsBytes") && !$Object.is(message.natsBytes, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.natsBytes);
                if (message.localRecords != null && $Object.hasOwnProperty.call(message, "localRecords") && !$Object.is(message.localRecords, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.localRecords);
                if (message.localBytes != null && $Object.hasOwnProperty.call(message, "localBytes") && !$Object.is(message.localBytes, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.localBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified EdgeStats message, length delimited. Does not implicitly {@link weft.v1.EdgeStats.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.EdgeStats
             * @static
             * @param {weft.v1.EdgeStats.$Properties} message EdgeStats message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EdgeStats.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an EdgeStats message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.EdgeStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.EdgeStats & weft.v1.EdgeStats.$Shape} EdgeStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EdgeStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.EdgeStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.records = value;
                            else
                                delete message.records;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.natsMsgs = value;
                            else
                                delete message.natsMsgs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.natsBytes = value;
                            else
                                delete message.natsBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.localRecords = value;
                            else
                                delete message.localRecords;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.localBytes = value;
                            else
                                delete message.localBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an EdgeStats message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.EdgeStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.EdgeStats & weft.v1.EdgeStats.$Shape} EdgeStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EdgeStats.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an EdgeStats message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.EdgeStats
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.EdgeStats} EdgeStats
             */
            EdgeStats.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.EdgeStats)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.EdgeStats: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.EdgeStats();
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.to != null)
                    if (typeof object.to !== "string" || object.to.length)
                        message.to = $String(object.to);
                if (object.records != null)
                    if (!$Object.is($Number(object.records), 0))
                        message.records = $Number(object.records);
                if (object.natsMsgs != null)
                    if (!$Object.is($Number(object.natsMsgs), 0))
                        message.natsMsgs = $Number(object.natsMsgs);
                if (object.natsBytes != null)
                    if (!$Object.is($Number(object.natsBytes), 0))
                        message.natsBytes = $Number(object.natsBytes);
                if (object.localRecords != null)
                    if (!$Object.is($Number(object.localRecords), 0))
                        message.localRecords = $Number(object.localRecords);
                if (object.localBytes != null)
                    if (!$Object.is($Number(object.localBytes), 0))
                        message.localBytes = $Number(object.localBytes);
                return message;
            };

            /**
             * Creates a plain object from an EdgeStats message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.EdgeStats
             * @static
             * @param {weft.v1.EdgeStats} message EdgeStats
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EdgeStats.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.from = "";
                    object.to = "";
                    object.records = 0;
                    object.natsMsgs = 0;
                    object.natsBytes = 0;
                    object.localRecords = 0;
                    object.localBytes = 0;
                }
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = message.to;
                if (message.records != null && $Object.hasOwnProperty.call(message, "records"))
                    object.records = options.json && !$isFinite(message.records) ? $String(message.records) : message.records;
                if (message.natsMsgs != null && $Object.hasOwnProperty.call(message, "natsMsgs"))
                    object.natsMsgs = options.json && !$isFinite(message.natsMsgs) ? $String(message.natsMsgs) : message.natsMsgs;
                if (message.natsBytes != null && $Object.hasOwnProperty.call(message, "natsBytes"))
                    object.natsBytes = options.json && !$isFinite(message.natsBytes) ? $String(message.natsBytes) : message.natsBytes;
                if (message.localRecords != null && $Object.hasOwnProperty.call(message, "localRecords"))
                    object.localRecords = options.json && !$isFinite(message.localRecords) ? $String(message.localRecords) : message.localRecords;
                if (message.localBytes != null && $Object.hasOwnProperty.call(message, "localBytes"))
                    object.localBytes = options.json && !$isFinite(message.localBytes) ? $String(message.localBytes) : message.localBytes;
                return object;
            };

            /**
             * Converts this EdgeStats to JSON.
             * @function toJSON
             * @memberof weft.v1.EdgeStats
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EdgeStats.prototype.toJSON = function() {
                return EdgeStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EdgeStats
             * @function getTypeUrl
             * @memberof weft.v1.EdgeStats
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EdgeStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.EdgeStats";
            };

            return EdgeStats;
        })();

        v1.MapBlockSucceeded = (function() {

            /**
             * Properties of a MapBlockSucceeded.
             * @typedef {Object} weft.v1.MapBlockSucceeded.$Properties
             * @property {string|null} [node] MapBlockSucceeded node
             * @property {string|null} [worker] MapBlockSucceeded worker
             * @property {number|null} [epoch] MapBlockSucceeded epoch
             * @property {number|null} [start] MapBlockSucceeded start
             * @property {number|null} [count] MapBlockSucceeded count
             * @property {number|null} [firstAtMs] MapBlockSucceeded firstAtMs
             * @property {number|null} [atMs] MapBlockSucceeded atMs
             * @property {number|null} [durationMs] MapBlockSucceeded durationMs
             * @property {number|null} [billedMs] MapBlockSucceeded billedMs
             * @property {number|null} [measured] MapBlockSucceeded measured
             * @property {number|null} [cpuMs] MapBlockSucceeded cpuMs
             * @property {number|null} [heapGrowthBytes] MapBlockSucceeded heapGrowthBytes
             * @property {number|null} [memoryMbS] MapBlockSucceeded memoryMbS
             * @property {number|null} [outputBytes] MapBlockSucceeded outputBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MapBlockSucceeded.
             * @memberof weft.v1
             * @interface IMapBlockSucceeded
             * @augments weft.v1.MapBlockSucceeded.$Properties
             * @deprecated Use weft.v1.MapBlockSucceeded.$Properties instead.
             */

            /**
             * Shape of a MapBlockSucceeded.
             * @typedef {weft.v1.MapBlockSucceeded.$Properties} weft.v1.MapBlockSucceeded.$Shape
             */

            /**
             * Constructs a new MapBlockSucceeded.
             * @memberof weft.v1
             * @classdesc Represents a MapBlockSucceeded.
             * @constructor
             * @param {weft.v1.MapBlockSucceeded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MapBlockSucceeded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MapBlockSucceeded node.
             * @member {string} node
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.node = "";

            /**
             * MapBlockSucceeded worker.
             * @member {string} worker
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.worker = "";

            /**
             * MapBlockSucceeded epoch.
             * @member {number} epoch
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.epoch = 0;

            /**
             * MapBlockSucceeded start.
             * @member {number} start
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.start = 0;

            /**
             * MapBlockSucceeded count.
             * @member {number} count
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.count = 0;

            /**
             * MapBlockSucceeded firstAtMs.
             * @member {number} firstAtMs
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.firstAtMs = 0;

            /**
             * MapBlockSucceeded atMs.
             * @member {number} atMs
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.atMs = 0;

            /**
             * MapBlockSucceeded durationMs.
             * @member {number} durationMs
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.durationMs = 0;

            /**
             * MapBlockSucceeded billedMs.
             * @member {number} billedMs
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.billedMs = 0;

            /**
             * MapBlockSucceeded measured.
             * @member {number} measured
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.measured = 0;

            /**
             * MapBlockSucceeded cpuMs.
             * @member {number} cpuMs
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.cpuMs = 0;

            /**
             * MapBlockSucceeded heapGrowthBytes.
             * @member {number} heapGrowthBytes
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.heapGrowthBytes = 0;

            /**
             * MapBlockSucceeded memoryMbS.
             * @member {number} memoryMbS
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.memoryMbS = 0;

            /**
             * MapBlockSucceeded outputBytes.
             * @member {number} outputBytes
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             */
            MapBlockSucceeded.prototype.outputBytes = 0;

            /**
             * Creates a new MapBlockSucceeded instance using the specified properties.
             * @function create
             * @memberof weft.v1.MapBlockSucceeded
             * @static
             * @param {weft.v1.MapBlockSucceeded.$Properties=} [properties] Properties to set
             * @returns {weft.v1.MapBlockSucceeded} MapBlockSucceeded instance
             * @type {{
             *   (properties: weft.v1.MapBlockSucceeded.$Shape): weft.v1.MapBlockSucceeded & weft.v1.MapBlockSucceeded.$Shape;
             *   (properties?: weft.v1.MapBlockSucceeded.$Properties): weft.v1.MapBlockSucceeded;
             * }}
             */
            MapBlockSucceeded.create = function(properties) {
                return new MapBlockSucceeded(properties);
            };

            /**
             * Encodes the specified MapBlockSucceeded message. Does not implicitly {@link weft.v1.MapBlockSucceeded.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.MapBlockSucceeded
             * @static
             * @param {weft.v1.MapBlockSucceeded.$Properties} message MapBlockSucceeded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MapBlockSucceeded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.worker);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.epoch);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && message.start !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.start);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.count);
                if (message.firstAtMs != null && $Object.hasOwnProperty.call(message, "firstAtMs") && !$Object.is(message.firstAtMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.firstAtMs);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.atMs);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && !$Object.is(message.durationMs, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.durationMs);
                if (message.billedMs != null && $Object.hasOwnProperty.call(message, "billedMs") && !$Object.is(message.billedMs, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.billedMs);
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured") && message.measured !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.measured);
                if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs") && !$Object.is(message.cpuMs, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.cpuMs);
                if (message.heapGrowthBytes != null && $Object.hasOwnProperty.call(message, "heapGrowthBytes") && !$Object.is(message.heapGrowthBytes, 0))
                    writer.uint32(/* id 12, wireType 1 =*/97).double(message.heapGrowthBytes);
                if (message.memoryMbS != null && $Object.hasOwnProperty.call(message, "memoryMbS") && !$Object.is(message.memoryMbS, 0))
                    writer.uint32(/* id 13, wireType 1 =*/105).double(message.memoryMbS);
                if (message.outputBytes != null && $Object.hasOwnProperty.call(message, "outputBytes") && !$Object.is(message.outputBytes, 0))
                    writer.uint32(/* id 14, wireType 1 =*/113).double(message.outputBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MapBlockSucceeded message, length delimited. Does not implicitly {@link weft.v1.MapBlockSucceeded.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.MapBlockSucceeded
             * @static
             * @param {weft.v1.MapBlockSucceeded.$Properties} message MapBlockSucceeded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MapBlockSucceeded.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MapBlockSucceeded message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.MapBlockSucceeded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.MapBlockSucceeded & weft.v1.MapBlockSucceeded.$Shape} MapBlockSucceeded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MapBlockSucceeded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.MapBlockSucceeded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.firstAtMs = value;
                            else
                                delete message.firstAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.billedMs = value;
                            else
                                delete message.billedMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.measured = value;
                            else
                                delete message.measured;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cpuMs = value;
                            else
                                delete message.cpuMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.heapGrowthBytes = value;
                            else
                                delete message.heapGrowthBytes;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.memoryMbS = value;
                            else
                                delete message.memoryMbS;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.outputBytes = value;
                            else
                                delete message.outputBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MapBlockSucceeded message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.MapBlockSucceeded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.MapBlockSucceeded & weft.v1.MapBlockSucceeded.$Shape} MapBlockSucceeded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MapBlockSucceeded.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a MapBlockSucceeded message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.MapBlockSucceeded
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.MapBlockSucceeded} MapBlockSucceeded
             */
            MapBlockSucceeded.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.MapBlockSucceeded)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.MapBlockSucceeded: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.MapBlockSucceeded();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.start != null)
                    if ($Number(object.start) !== 0)
                        message.start = object.start >>> 0;
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.firstAtMs != null)
                    if (!$Object.is($Number(object.firstAtMs), 0))
                        message.firstAtMs = $Number(object.firstAtMs);
                if (object.atMs != null)
                    if (!$Object.is($Number(object.atMs), 0))
                        message.atMs = $Number(object.atMs);
                if (object.durationMs != null)
                    if (!$Object.is($Number(object.durationMs), 0))
                        message.durationMs = $Number(object.durationMs);
                if (object.billedMs != null)
                    if (!$Object.is($Number(object.billedMs), 0))
                        message.billedMs = $Number(object.billedMs);
                if (object.measured != null)
                    if ($Number(object.measured) !== 0)
                        message.measured = object.measured >>> 0;
                if (object.cpuMs != null)
                    if (!$Object.is($Number(object.cpuMs), 0))
                        message.cpuMs = $Number(object.cpuMs);
                if (object.heapGrowthBytes != null)
                    if (!$Object.is($Number(object.heapGrowthBytes), 0))
                        message.heapGrowthBytes = $Number(object.heapGrowthBytes);
                if (object.memoryMbS != null)
                    if (!$Object.is($Number(object.memoryMbS), 0))
                        message.memoryMbS = $Number(object.memoryMbS);
                if (object.outputBytes != null)
                    if (!$Object.is($Number(object.outputBytes), 0))
                        message.outputBytes = $Number(object.outputBytes);
                return message;
            };

            /**
             * Creates a plain object from a MapBlockSucceeded message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.MapBlockSucceeded
             * @static
             * @param {weft.v1.MapBlockSucceeded} message MapBlockSucceeded
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MapBlockSucceeded.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.worker = "";
                    object.epoch = 0;
                    object.start = 0;
                    object.count = 0;
                    object.firstAtMs = 0;
                    object.atMs = 0;
                    object.durationMs = 0;
                    object.billedMs = 0;
                    object.measured = 0;
                    object.cpuMs = 0;
                    object.heapGrowthBytes = 0;
                    object.memoryMbS = 0;
                    object.outputBytes = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = message.start;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.firstAtMs != null && $Object.hasOwnProperty.call(message, "firstAtMs"))
                    object.firstAtMs = options.json && !$isFinite(message.firstAtMs) ? $String(message.firstAtMs) : message.firstAtMs;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    object.atMs = options.json && !$isFinite(message.atMs) ? $String(message.atMs) : message.atMs;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    object.durationMs = options.json && !$isFinite(message.durationMs) ? $String(message.durationMs) : message.durationMs;
                if (message.billedMs != null && $Object.hasOwnProperty.call(message, "billedMs"))
                    object.billedMs = options.json && !$isFinite(message.billedMs) ? $String(message.billedMs) : message.billedMs;
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured"))
                    object.measured = message.measured;
                if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs"))
                    object.cpuMs = options.json && !$isFinite(message.cpuMs) ? $String(message.cpuMs) : message.cpuMs;
                if (message.heapGrowthBytes != null && $Object.hasOwnProperty.call(message, "heapGrowthBytes"))
                    object.heapGrowthBytes = options.json && !$isFinite(message.heapGrowthBytes) ? $String(message.heapGrowthBytes) : message.heapGrowthBytes;
                if (message.memoryMbS != null && $Object.hasOwnProperty.call(message, "memoryMbS"))
                    object.memoryMbS = options.json && !$isFinite(message.memoryMbS) ? $String(message.memoryMbS) : message.memoryMbS;
                if (message.outputBytes != null && $Object.hasOwnProperty.call(message, "outputBytes"))
                    object.outputBytes = options.json && !$isFinite(message.outputBytes) ? $String(message.outputBytes) : message.outputBytes;
                return object;
            };

            /**
             * Converts this MapBlockSucceeded to JSON.
             * @function toJSON
             * @memberof weft.v1.MapBlockSucceeded
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MapBlockSucceeded.prototype.toJSON = function() {
                return MapBlockSucceeded.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MapBlockSucceeded
             * @function getTypeUrl
             * @memberof weft.v1.MapBlockSucceeded
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MapBlockSucceeded.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.MapBlockSucceeded";
            };

            return MapBlockSucceeded;
        })();

        v1.TaskSucceeded = (function() {

            /**
             * Properties of a TaskSucceeded.
             * @typedef {Object} weft.v1.TaskSucceeded.$Properties
             * @property {string|null} [node] TaskSucceeded node
             * @property {string|null} [worker] TaskSucceeded worker
             * @property {number|null} [epoch] TaskSucceeded epoch
             * @property {number|null} [pendingMs] TaskSucceeded pendingMs
             * @property {number|null} [readyAtMs] TaskSucceeded readyAtMs
             * @property {number|null} [runningAtMs] TaskSucceeded runningAtMs
             * @property {number|null} [atMs] TaskSucceeded atMs
             * @property {boolean|null} [measured] TaskSucceeded measured
             * @property {number|null} [cpuMs] TaskSucceeded cpuMs
             * @property {number|null} [heapGrowthBytes] TaskSucceeded heapGrowthBytes
             * @property {number|null} [memoryMbS] TaskSucceeded memoryMbS
             * @property {number|null} [outputBytes] TaskSucceeded outputBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskSucceeded.
             * @memberof weft.v1
             * @interface ITaskSucceeded
             * @augments weft.v1.TaskSucceeded.$Properties
             * @deprecated Use weft.v1.TaskSucceeded.$Properties instead.
             */

            /**
             * Shape of a TaskSucceeded.
             * @typedef {weft.v1.TaskSucceeded.$Properties} weft.v1.TaskSucceeded.$Shape
             */

            /**
             * Constructs a new TaskSucceeded.
             * @memberof weft.v1
             * @classdesc Represents a TaskSucceeded.
             * @constructor
             * @param {weft.v1.TaskSucceeded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskSucceeded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskSucceeded node.
             * @member {string} node
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.node = "";

            /**
             * TaskSucceeded worker.
             * @member {string} worker
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.worker = "";

            /**
             * TaskSucceeded epoch.
             * @member {number} epoch
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.epoch = 0;

            /**
             * TaskSucceeded pendingMs.
             * @member {number} pendingMs
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.pendingMs = 0;

            /**
             * TaskSucceeded readyAtMs.
             * @member {number} readyAtMs
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.readyAtMs = 0;

            /**
             * TaskSucceeded runningAtMs.
             * @member {number} runningAtMs
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.runningAtMs = 0;

            /**
             * TaskSucceeded atMs.
             * @member {number} atMs
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.atMs = 0;

            /**
             * TaskSucceeded measured.
             * @member {boolean} measured
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.measured = false;

            /**
             * TaskSucceeded cpuMs.
             * @member {number} cpuMs
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.cpuMs = 0;

            /**
             * TaskSucceeded heapGrowthBytes.
             * @member {number} heapGrowthBytes
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.heapGrowthBytes = 0;

            /**
             * TaskSucceeded memoryMbS.
             * @member {number} memoryMbS
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.memoryMbS = 0;

            /**
             * TaskSucceeded outputBytes.
             * @member {number} outputBytes
             * @memberof weft.v1.TaskSucceeded
             * @instance
             */
            TaskSucceeded.prototype.outputBytes = 0;

            /**
             * Creates a new TaskSucceeded instance using the specified properties.
             * @function create
             * @memberof weft.v1.TaskSucceeded
             * @static
             * @param {weft.v1.TaskSucceeded.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TaskSucceeded} TaskSucceeded instance
             * @type {{
             *   (properties: weft.v1.TaskSucceeded.$Shape): weft.v1.TaskSucceeded & weft.v1.TaskSucceeded.$Shape;
             *   (properties?: weft.v1.TaskSucceeded.$Properties): weft.v1.TaskSucceeded;
             * }}
             */
            TaskSucceeded.create = function(properties) {
                return new TaskSucceeded(properties);
            };

            /**
             * Encodes the specified TaskSucceeded message. Does not implicitly {@link weft.v1.TaskSucceeded.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TaskSucceeded
             * @static
             * @param {weft.v1.TaskSucceeded.$Properties} message TaskSucceeded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskSucceeded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.worker);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.epoch);
                if (message.pendingMs != null && $Object.hasOwnProperty.call(message, "pendingMs") && !$Object.is(message.pendingMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.pendingMs);
                if (message.readyAtMs != null && $Object.hasOwnProperty.call(message, "readyAtMs") && !$Object.is(message.readyAtMs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.readyAtMs);
                if (message.runningAtMs != null && $Object.hasOwnProperty.call(message, "runningAtMs") && !$Object.is(message.runningAtMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.runningAtMs);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.atMs);
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured") && message.measured !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.measured);
                if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs") && !$Object.is(message.cpuMs, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.cpuMs);
                if (message.heapGrowthBytes != null && $Object.hasOwnProperty.call(message, "heapGrowthBytes") && !$Object.is(message.heapGrowthBytes, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.heapGrowthBytes);
                if (message.memoryMbS != null && $Object.hasOwnProperty.call(message, "memoryMbS") && !$Object.is(message.memoryMbS, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.memoryMbS);
                if (message.outputBytes != null && $Object.hasOwnProperty.call(message, "outputBytes") && !$Object.is(message.outputBytes, 0))
                    writer.uint32(/* id 12, wireType 1 =*/97).double(message.outputBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TaskSucceeded message, length delimited. Does not implicitly {@link weft.v1.TaskSucceeded.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.TaskSucceeded
             * @static
             * @param {weft.v1.TaskSucceeded.$Properties} message TaskSucceeded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskSucceeded.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TaskSucceeded message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TaskSucceeded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TaskSucceeded & weft.v1.TaskSucceeded.$Shape} TaskSucceeded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskSucceeded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TaskSucceeded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.pendingMs = value;
                            else
                                delete message.pendingMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.readyAtMs = value;
                            else
                                delete message.readyAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.runningAtMs = value;
                            else
                                delete message.runningAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.measured = value;
                            else
                                delete message.measured;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cpuMs = value;
                            else
                                delete message.cpuMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.heapGrowthBytes = value;
                            else
                                delete message.heapGrowthBytes;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.memoryMbS = value;
                            else
                                delete message.memoryMbS;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.outputBytes = value;
                            else
                                delete message.outputBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TaskSucceeded message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.TaskSucceeded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.TaskSucceeded & weft.v1.TaskSucceeded.$Shape} TaskSucceeded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskSucceeded.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a TaskSucceeded message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TaskSucceeded
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TaskSucceeded} TaskSucceeded
             */
            TaskSucceeded.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TaskSucceeded)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TaskSucceeded: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TaskSucceeded();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.pendingMs != null)
                    if (!$Object.is($Number(object.pendingMs), 0))
                        message.pendingMs = $Number(object.pendingMs);
                if (object.readyAtMs != null)
                    if (!$Object.is($Number(object.readyAtMs), 0))
                        message.readyAtMs = $Number(object.readyAtMs);
                if (object.runningAtMs != null)
                    if (!$Object.is($Number(object.runningAtMs), 0))
                        message.runningAtMs = $Number(object.runningAtMs);
                if (object.atMs != null)
                    if (!$Object.is($Number(object.atMs), 0))
                        message.atMs = $Number(object.atMs);
                if (object.measured != null)
                    if (object.measured)
                        message.measured = $Boolean(object.measured);
                if (object.cpuMs != null)
                    if (!$Object.is($Number(object.cpuMs), 0))
                        message.cpuMs = $Number(object.cpuMs);
                if (object.heapGrowthBytes != null)
                    if (!$Object.is($Number(object.heapGrowthBytes), 0))
                        message.heapGrowthBytes = $Number(object.heapGrowthBytes);
                if (object.memoryMbS != null)
                    if (!$Object.is($Number(object.memoryMbS), 0))
                        message.memoryMbS = $Number(object.memoryMbS);
                if (object.outputBytes != null)
                    if (!$Object.is($Number(object.outputBytes), 0))
                        message.outputBytes = $Number(object.outputBytes);
                return message;
            };

            /**
             * Creates a plain object from a TaskSucceeded message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TaskSucceeded
             * @static
             * @param {weft.v1.TaskSucceeded} message TaskSucceeded
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskSucceeded.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.worker = "";
                    object.epoch = 0;
                    object.pendingMs = 0;
                    object.readyAtMs = 0;
                    object.runningAtMs = 0;
                    object.atMs = 0;
                    object.measured = false;
                    object.cpuMs = 0;
                    object.heapGrowthBytes = 0;
                    object.memoryMbS = 0;
                    object.outputBytes = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.pendingMs != null && $Object.hasOwnProperty.call(message, "pendingMs"))
                    object.pendingMs = options.json && !$isFinite(message.pendingMs) ? $String(message.pendingMs) : message.pendingMs;
                if (message.readyAtMs != null && $Object.hasOwnProperty.call(message, "readyAtMs"))
                    object.readyAtMs = options.json && !$isFinite(message.readyAtMs) ? $String(message.readyAtMs) : message.readyAtMs;
                if (message.runningAtMs != null && $Object.hasOwnProperty.call(message, "runningAtMs"))
                    object.runningAtMs = options.json && !$isFinite(message.runningAtMs) ? $String(message.runningAtMs) : message.runningAtMs;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    object.atMs = options.json && !$isFinite(message.atMs) ? $String(message.atMs) : message.atMs;
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured"))
                    object.measured = message.measured;
                if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs"))
                    object.cpuMs = options.json && !$isFinite(message.cpuMs) ? $String(message.cpuMs) : message.cpuMs;
                if (message.heapGrowthBytes != null && $Object.hasOwnProperty.call(message, "heapGrowthBytes"))
                    object.heapGrowthBytes = options.json && !$isFinite(message.heapGrowthBytes) ? $String(message.heapGrowthBytes) : message.heapGrowthBytes;
                if (message.memoryMbS != null && $Object.hasOwnProperty.call(message, "memoryMbS"))
                    object.memoryMbS = options.json && !$isFinite(message.memoryMbS) ? $String(message.memoryMbS) : message.memoryMbS;
                if (message.outputBytes != null && $Object.hasOwnProperty.call(message, "outputBytes"))
                    object.outputBytes = options.json && !$isFinite(message.outputBytes) ? $String(message.outputBytes) : message.outputBytes;
                return object;
            };

            /**
             * Converts this TaskSucceeded to JSON.
             * @function toJSON
             * @memberof weft.v1.TaskSucceeded
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskSucceeded.prototype.toJSON = function() {
                return TaskSucceeded.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskSucceeded
             * @function getTypeUrl
             * @memberof weft.v1.TaskSucceeded
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskSucceeded.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TaskSucceeded";
            };

            return TaskSucceeded;
        })();

        v1.LogEntry = (function() {

            /**
             * Properties of a LogEntry.
             * @typedef {Object} weft.v1.LogEntry.$Properties
             * @property {weft.v1.TaskEvent.$Properties|null} [task] LogEntry task
             * @property {weft.v1.RunEvent.$Properties|null} [run] LogEntry run
             * @property {weft.v1.UserLog.$Properties|null} [log] LogEntry log
             * @property {weft.v1.MapExpanded.$Properties|null} [expanded] LogEntry expanded
             * @property {weft.v1.EdgeStats.$Properties|null} [edge] LogEntry edge
             * @property {weft.v1.MapBlockSucceeded.$Properties|null} [block] LogEntry block
             * @property {weft.v1.TaskSucceeded.$Properties|null} [succeeded] LogEntry succeeded
             * @property {weft.v1.ExpressResult.$Properties|null} [result] LogEntry result
             * @property {"task"|"run"|"log"|"expanded"|"edge"|"block"|"succeeded"|"result"} [entry] LogEntry entry
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogEntry.
             * @memberof weft.v1
             * @interface ILogEntry
             * @augments weft.v1.LogEntry.$Properties
             * @deprecated Use weft.v1.LogEntry.$Properties instead.
             */

            /**
             * Narrowed shape of a LogEntry.
             * @typedef {{
             *   task?: weft.v1.TaskEvent.$Shape|null;
             *   run?: weft.v1.RunEvent.$Shape|null;
             *   log?: weft.v1.UserLog.$Shape|null;
             *   expanded?: weft.v1.MapExpanded.$Shape|null;
             *   edge?: weft.v1.EdgeStats.$Shape|null;
             *   block?: weft.v1.MapBlockSucceeded.$Shape|null;
             *   succeeded?: weft.v1.TaskSucceeded.$Shape|null;
             *   result?: weft.v1.ExpressResult.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ entry?: undefined; task?: null; run?: null; log?: null; expanded?: null; edge?: null; block?: null; succeeded?: null; result?: null }|{ entry?: "task"; task: weft.v1.TaskEvent.$Shape; run?: null; log?: null; expanded?: null; edge?: null; block?: null; succeeded?: null; result?: null }|{ entry?: "run"; task?: null; run: weft.v1.RunEvent.$Shape; log?: null; expanded?: null; edge?: null; block?: null; succeeded?: null; result?: null }|{ entry?: "log"; task?: null; run?: null; log: weft.v1.UserLog.$Shape; expanded?: null; edge?: null; block?: null; succeeded?: null; result?: null }|{ entry?: "expanded"; task?: null; run?: null; log?: null; expanded: weft.v1.MapExpanded.$Shape; edge?: null; block?: null; succeeded?: null; result?: null }|{ entry?: "edge"; task?: null; run?: null; log?: null; expanded?: null; edge: weft.v1.EdgeStats.$Shape; block?: null; succeeded?: null; result?: null }|{ entry?: "block"; task?: null; run?: null; log?: null; expanded?: null; edge?: null; block: weft.v1.MapBlockSucceeded.$Shape; succeeded?: null; result?: null }|{ entry?: "succeeded"; task?: null; run?: null; log?: null; expanded?: null; edge?: null; block?: null; succeeded: weft.v1.TaskSucceeded.$Shape; result?: null }|{ entry?: "result"; task?: null; run?: null; log?: null; expanded?: null; edge?: null; block?: null; succeeded?: null; result: weft.v1.ExpressResult.$Shape })
             * )} weft.v1.LogEntry.$Shape
             */

            /**
             * Constructs a new LogEntry.
             * @memberof weft.v1
             * @classdesc Represents a LogEntry.
             * @constructor
             * @param {weft.v1.LogEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogEntry task.
             * @member {weft.v1.TaskEvent.$Properties|null|undefined} task
             * @memberof weft.v1.LogEntry
             * @instance
             */
            LogEntry.prototype.task = null;

            /**
             * LogEntry run.
             * @member {weft.v1.RunEvent.$Properties|null|undefined} run
             * @memberof weft.v1.LogEntry
             * @instance
             */
            LogEntry.prototype.run = null;

            /**
             * LogEntry log.
             * @member {weft.v1.UserLog.$Properties|null|undefined} log
             * @memberof weft.v1.LogEntry
             * @instance
             */
            LogEntry.prototype.log = null;

            /**
             * LogEntry expanded.
             * @member {weft.v1.MapExpanded.$Properties|null|undefined} expanded
             * @memberof weft.v1.LogEntry
             * @instance
             */
            LogEntry.prototype.expanded = null;

            /**
             * LogEntry edge.
             * @member {weft.v1.EdgeStats.$Properties|null|undefined} edge
             * @memberof weft.v1.LogEntry
             * @instance
             */
            LogEntry.prototype.edge = null;

            /**
             * LogEntry block.
             * @member {weft.v1.MapBlockSucceeded.$Properties|null|undefined} block
             * @memberof weft.v1.LogEntry
             * @instance
             */
            LogEntry.prototype.block = null;

            /**
             * LogEntry succeeded.
             * @member {weft.v1.TaskSucceeded.$Properties|null|undefined} succeeded
             * @memberof weft.v1.LogEntry
             * @instance
             */
            LogEntry.prototype.succeeded = null;

            /**
             * LogEntry result.
             * @member {weft.v1.ExpressResult.$Properties|null|undefined} result
             * @memberof weft.v1.LogEntry
             * @instance
             */
            LogEntry.prototype.result = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * LogEntry entry.
             * @member {"task"|"run"|"log"|"expanded"|"edge"|"block"|"succeeded"|"result"|undefined} entry
             * @memberof weft.v1.LogEntry
             * @instance
             */
            $Object.defineProperty(LogEntry.prototype, "entry", {
                get: $util.oneOfGetter($oneOfFields = ["task", "run", "log", "expanded", "edge", "block", "succeeded", "result"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new LogEntry instance using the specified properties.
             * @function create
             * @memberof weft.v1.LogEntry
             * @static
             * @param {weft.v1.LogEntry.$Properties=} [properties] Properties to set
             * @returns {weft.v1.LogEntry} LogEntry instance
             * @type {{
             *   (properties: weft.v1.LogEntry.$Shape): weft.v1.LogEntry & weft.v1.LogEntry.$Shape;
             *   (properties?: weft.v1.LogEntry.$Properties): weft.v1.LogEntry;
             * }}
             */
            LogEntry.create = function(properties) {
                return new LogEntry(properties);
            };

            /**
             * Encodes the specified LogEntry message. Does not implicitly {@link weft.v1.LogEntry.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.LogEntry
             * @static
             * @param {weft.v1.LogEntry.$Properties} message LogEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                    $root.weft.v1.TaskEvent.encode(message.task, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.run != null && $Object.hasOwnProperty.call(message, "run"))
                    $root.weft.v1.RunEvent.encode(message.run, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.log != null && $Object.hasOwnProperty.call(message, "log"))
                    $root.weft.v1.UserLog.encode(message.log, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.expanded != null && $Object.hasOwnProperty.call(message, "expanded"))
                    $root.weft.v1.MapExpanded.encode(message.expanded, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.edge != null && $Object.hasOwnProperty.call(message, "edge"))
                    $root.weft.v1.EdgeStats.encode(message.edge, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    $root.weft.v1.MapBlockSucceeded.encode(message.block, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.succeeded != null && $Object.hasOwnProperty.call(message, "succeeded"))
                    $root.weft.v1.TaskSucceeded.encode(message.succeeded, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.weft.v1.ExpressResult.encode(message.result, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LogEntry message, length delimited. Does not implicitly {@link weft.v1.LogEntry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.LogEntry
             * @static
             * @param {weft.v1.LogEntry.$Properties} message LogEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogEntry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LogEntry message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.LogEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.LogEntry & weft.v1.LogEntry.$Shape} LogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.LogEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.task = $root.weft.v1.TaskEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.task);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.run = $root.weft.v1.RunEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.run);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.log = $root.weft.v1.UserLog.decode(reader, reader.size(), $undefined, _depth + 1, message.log);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.expanded = $root.weft.v1.MapExpanded.decode(reader, reader.size(), $undefined, _depth + 1, message.expanded);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.edge = $root.weft.v1.EdgeStats.decode(reader, reader.size(), $undefined, _depth + 1, message.edge);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.block = $root.weft.v1.MapBlockSucceeded.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.succeeded = $root.weft.v1.TaskSucceeded.decode(reader, reader.size(), $undefined, _depth + 1, message.succeeded);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.weft.v1.ExpressResult.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LogEntry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.LogEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.LogEntry & weft.v1.LogEntry.$Shape} LogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogEntry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a LogEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.LogEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.LogEntry} LogEntry
             */
            LogEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.LogEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.LogEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.LogEntry();
                if (object.task != null) {
                    if (!$util.isObject(object.task))
                        throw $TypeError(".weft.v1.LogEntry.task: object expected");
                    message.task = $root.weft.v1.TaskEvent.fromObject(object.task, _depth + 1);
                }
                if (object.run != null) {
                    if (!$util.isObject(object.run))
                        throw $TypeError(".weft.v1.LogEntry.run: object expected");
                    message.run = $root.weft.v1.RunEvent.fromObject(object.run, _depth + 1);
                }
                if (object.log != null) {
                    if (!$util.isObject(object.log))
                        throw $TypeError(".weft.v1.LogEntry.log: object expected");
                    message.log = $root.weft.v1.UserLog.fromObject(object.log, _depth + 1);
                }
                if (object.expanded != null) {
                    if (!$util.isObject(object.expanded))
                        throw $TypeError(".weft.v1.LogEntry.expanded: object expected");
                    message.expanded = $root.weft.v1.MapExpanded.fromObject(object.expanded, _depth + 1);
                }
                if (object.edge != null) {
                    if (!$util.isObject(object.edge))
                        throw $TypeError(".weft.v1.LogEntry.edge: object expected");
                    message.edge = $root.weft.v1.EdgeStats.fromObject(object.edge, _depth + 1);
                }
                if (object.block != null) {
                    if (!$util.isObject(object.block))
                        throw $TypeError(".weft.v1.LogEntry.block: object expected");
                    message.block = $root.weft.v1.MapBlockSucceeded.fromObject(object.block, _depth + 1);
                }
                if (object.succeeded != null) {
                    if (!$util.isObject(object.succeeded))
                        throw $TypeError(".weft.v1.LogEntry.succeeded: object expected");
                    message.succeeded = $root.weft.v1.TaskSucceeded.fromObject(object.succeeded, _depth + 1);
                }
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".weft.v1.LogEntry.result: object expected");
                    message.result = $root.weft.v1.ExpressResult.fromObject(object.result, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LogEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.LogEntry
             * @static
             * @param {weft.v1.LogEntry} message LogEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.task != null && $Object.hasOwnProperty.call(message, "task")) {
                    object.task = $root.weft.v1.TaskEvent.toObject(message.task, options, _depth + 1);
                    if (options.oneofs)
                        object.entry = "task";
                }
                if (message.run != null && $Object.hasOwnProperty.call(message, "run")) {
                    object.run = $root.weft.v1.RunEvent.toObject(message.run, options, _depth + 1);
                    if (options.oneofs)
                        object.entry = "run";
                }
                if (message.log != null && $Object.hasOwnProperty.call(message, "log")) {
                    object.log = $root.weft.v1.UserLog.toObject(message.log, options, _depth + 1);
                    if (options.oneofs)
                        object.entry = "log";
                }
                if (message.expanded != null && $Object.hasOwnProperty.call(message, "expanded")) {
                    object.expanded = $root.weft.v1.MapExpanded.toObject(message.expanded, options, _depth + 1);
                    if (options.oneofs)
                        object.entry = "expanded";
                }
                if (message.edge != null && $Object.hasOwnProperty.call(message, "edge")) {
                    object.edge = $root.weft.v1.EdgeStats.toObject(message.edge, options, _depth + 1);
                    if (options.oneofs)
                        object.entry = "edge";
                }
                if (message.block != null && $Object.hasOwnProperty.call(message, "block")) {
                    object.block = $root.weft.v1.MapBlockSucceeded.toObject(message.block, options, _depth + 1);
                    if (options.oneofs)
                        object.entry = "block";
                }
                if (message.succeeded != null && $Object.hasOwnProperty.call(message, "succeeded")) {
                    object.succeeded = $root.weft.v1.TaskSucceeded.toObject(message.succeeded, options, _depth + 1);
                    if (options.oneofs)
                        object.entry = "succeeded";
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    object.result = $root.weft.v1.ExpressResult.toObject(message.result, options, _depth + 1);
                    if (options.oneofs)
                        object.entry = "result";
                }
                return object;
            };

            /**
             * Converts this LogEntry to JSON.
             * @function toJSON
             * @memberof weft.v1.LogEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogEntry.prototype.toJSON = function() {
                return LogEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogEntry
             * @function getTypeUrl
             * @memberof weft.v1.LogEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.LogEntry";
            };

            return LogEntry;
        })();

        v1.ExpressResult = (function() {

            /**
             * Properties of an ExpressResult.
             * @typedef {Object} weft.v1.ExpressResult.$Properties
             * @property {string|null} [node] ExpressResult node
             * @property {string|null} [valueJson] ExpressResult valueJson
             * @property {number|null} [atMs] ExpressResult atMs
             * @property {number|null} [epoch] ExpressResult epoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExpressResult.
             * @memberof weft.v1
             * @interface IExpressResult
             * @augments weft.v1.ExpressResult.$Properties
             * @deprecated Use weft.v1.ExpressResult.$Properties instead.
             */

            /**
             * Shape of an ExpressResult.
             * @typedef {weft.v1.ExpressResult.$Properties} weft.v1.ExpressResult.$Shape
             */

            /**
             * Constructs a new ExpressResult.
             * @memberof weft.v1
             * @classdesc Represents an ExpressResult.
             * @constructor
             * @param {weft.v1.ExpressResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExpressResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExpressResult node.
             * @member {string} node
             * @memberof weft.v1.ExpressResult
             * @instance
             */
            ExpressResult.prototype.node = "";

            /**
             * ExpressResult valueJson.
             * @member {string} valueJson
             * @memberof weft.v1.ExpressResult
             * @instance
             */
            ExpressResult.prototype.valueJson = "";

            /**
             * ExpressResult atMs.
             * @member {number} atMs
             * @memberof weft.v1.ExpressResult
             * @instance
             */
            ExpressResult.prototype.atMs = 0;

            /**
             * ExpressResult epoch.
             * @member {number} epoch
             * @memberof weft.v1.ExpressResult
             * @instance
             */
            ExpressResult.prototype.epoch = 0;

            /**
             * Creates a new ExpressResult instance using the specified properties.
             * @function create
             * @memberof weft.v1.ExpressResult
             * @static
             * @param {weft.v1.ExpressResult.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ExpressResult} ExpressResult instance
             * @type {{
             *   (properties: weft.v1.ExpressResult.$Shape): weft.v1.ExpressResult & weft.v1.ExpressResult.$Shape;
             *   (properties?: weft.v1.ExpressResult.$Properties): weft.v1.ExpressResult;
             * }}
             */
            ExpressResult.create = function(properties) {
                return new ExpressResult(properties);
            };

            /**
             * Encodes the specified ExpressResult message. Does not implicitly {@link weft.v1.ExpressResult.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ExpressResult
             * @static
             * @param {weft.v1.ExpressResult.$Properties} message ExpressResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExpressResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.valueJson != null && $Object.hasOwnProperty.call(message, "valueJson") && message.valueJson !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.valueJson);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.atMs);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.epoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ExpressResult message, length delimited. Does not implicitly {@link weft.v1.ExpressResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.ExpressResult
             * @static
             * @param {weft.v1.ExpressResult.$Properties} message ExpressResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExpressResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ExpressResult message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ExpressResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ExpressResult & weft.v1.ExpressResult.$Shape} ExpressResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExpressResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ExpressResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.valueJson = value;
                            else
                                delete message.valueJson;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ExpressResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.ExpressResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.ExpressResult & weft.v1.ExpressResult.$Shape} ExpressResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExpressResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an ExpressResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ExpressResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ExpressResult} ExpressResult
             */
            ExpressResult.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ExpressResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ExpressResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ExpressResult();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.valueJson != null)
                    if (typeof object.valueJson !== "string" || object.valueJson.length)
                        message.valueJson = $String(object.valueJson);
                if (object.atMs != null)
                    if (!$Object.is($Number(object.atMs), 0))
                        message.atMs = $Number(object.atMs);
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an ExpressResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ExpressResult
             * @static
             * @param {weft.v1.ExpressResult} message ExpressResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExpressResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.valueJson = "";
                    object.atMs = 0;
                    object.epoch = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.valueJson != null && $Object.hasOwnProperty.call(message, "valueJson"))
                    object.valueJson = message.valueJson;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    object.atMs = options.json && !$isFinite(message.atMs) ? $String(message.atMs) : message.atMs;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                return object;
            };

            /**
             * Converts this ExpressResult to JSON.
             * @function toJSON
             * @memberof weft.v1.ExpressResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExpressResult.prototype.toJSON = function() {
                return ExpressResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExpressResult
             * @function getTypeUrl
             * @memberof weft.v1.ExpressResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExpressResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ExpressResult";
            };

            return ExpressResult;
        })();

        v1.LogBatch = (function() {

            /**
             * Properties of a LogBatch.
             * @typedef {Object} weft.v1.LogBatch.$Properties
             * @property {string|null} [runId] LogBatch runId
             * @property {Array.<weft.v1.LogEntry.$Properties>|null} [entries] LogBatch entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogBatch.
             * @memberof weft.v1
             * @interface ILogBatch
             * @augments weft.v1.LogBatch.$Properties
             * @deprecated Use weft.v1.LogBatch.$Properties instead.
             */

            /**
             * Shape of a LogBatch.
             * @typedef {{
             *   runId?: string|null;
             *   entries?: Array.<weft.v1.LogEntry.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} weft.v1.LogBatch.$Shape
             */

            /**
             * Constructs a new LogBatch.
             * @memberof weft.v1
             * @classdesc Represents a LogBatch.
             * @constructor
             * @param {weft.v1.LogBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogBatch = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogBatch runId.
             * @member {string} runId
             * @memberof weft.v1.LogBatch
             * @instance
             */
            LogBatch.prototype.runId = "";

            /**
             * LogBatch entries.
             * @member {Array.<weft.v1.LogEntry.$Properties>} entries
             * @memberof weft.v1.LogBatch
             * @instance
             */
            LogBatch.prototype.entries = $util.emptyArray;

            /**
             * Creates a new LogBatch instance using the specified properties.
             * @function create
             * @memberof weft.v1.LogBatch
             * @static
             * @param {weft.v1.LogBatch.$Properties=} [properties] Properties to set
             * @returns {weft.v1.LogBatch} LogBatch instance
             * @type {{
             *   (properties: weft.v1.LogBatch.$Shape): weft.v1.LogBatch & weft.v1.LogBatch.$Shape;
             *   (properties?: weft.v1.LogBatch.$Properties): weft.v1.LogBatch;
             * }}
             */
            LogBatch.create = function(properties) {
                return new LogBatch(properties);
            };

            /**
             * Encodes the specified LogBatch message. Does not implicitly {@link weft.v1.LogBatch.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.LogBatch
             * @static
             * @param {weft.v1.LogBatch.$Properties} message LogBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.weft.v1.LogEntry.encode(message.entries[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LogBatch message, length delimited. Does not implicitly {@link weft.v1.LogBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.LogBatch
             * @static
             * @param {weft.v1.LogBatch.$Properties} message LogBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LogBatch message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.LogBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.LogBatch & weft.v1.LogBatch.$Shape} LogBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.LogBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.weft.v1.LogEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LogBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.LogBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.LogBatch & weft.v1.LogBatch.$Shape} LogBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a LogBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.LogBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.LogBatch} LogBatch
             */
            LogBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.LogBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.LogBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.LogBatch();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".weft.v1.LogBatch.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".weft.v1.LogBatch.entries: object expected");
                        message.entries[i] = $root.weft.v1.LogEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a LogBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.LogBatch
             * @static
             * @param {weft.v1.LogBatch} message LogBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults)
                    object.runId = "";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.weft.v1.LogEntry.toObject(message.entries[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this LogBatch to JSON.
             * @function toJSON
             * @memberof weft.v1.LogBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogBatch.prototype.toJSON = function() {
                return LogBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogBatch
             * @function getTypeUrl
             * @memberof weft.v1.LogBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.LogBatch";
            };

            return LogBatch;
        })();

        /**
         * ValueEncoding enum.
         * @name weft.v1.ValueEncoding
         * @enum {number}
         * @property {number} VALUE_ENCODING_UNSPECIFIED=0 VALUE_ENCODING_UNSPECIFIED value
         * @property {number} VALUE_ENCODING_V8=1 VALUE_ENCODING_V8 value
         * @property {number} VALUE_ENCODING_JSON=2 VALUE_ENCODING_JSON value
         */
        v1.ValueEncoding = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VALUE_ENCODING_UNSPECIFIED"] = 0;
            values[valuesById[1] = "VALUE_ENCODING_V8"] = 1;
            values[valuesById[2] = "VALUE_ENCODING_JSON"] = 2;
            return values;
        })();

        v1.NodeValue = (function() {

            /**
             * Properties of a NodeValue.
             * @typedef {Object} weft.v1.NodeValue.$Properties
             * @property {string|null} [node] NodeValue node
             * @property {Uint8Array|null} [value] NodeValue value
             * @property {weft.v1.ValueEncoding|null} [encoding] NodeValue encoding
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeValue.
             * @memberof weft.v1
             * @interface INodeValue
             * @augments weft.v1.NodeValue.$Properties
             * @deprecated Use weft.v1.NodeValue.$Properties instead.
             */

            /**
             * Shape of a NodeValue.
             * @typedef {weft.v1.NodeValue.$Properties} weft.v1.NodeValue.$Shape
             */

            /**
             * Constructs a new NodeValue.
             * @memberof weft.v1
             * @classdesc Represents a NodeValue.
             * @constructor
             * @param {weft.v1.NodeValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeValue node.
             * @member {string} node
             * @memberof weft.v1.NodeValue
             * @instance
             */
            NodeValue.prototype.node = "";

            /**
             * NodeValue value.
             * @member {Uint8Array} value
             * @memberof weft.v1.NodeValue
             * @instance
             */
            NodeValue.prototype.value = $util.newBuffer([]);

            /**
             * NodeValue encoding.
             * @member {weft.v1.ValueEncoding} encoding
             * @memberof weft.v1.NodeValue
             * @instance
             */
            NodeValue.prototype.encoding = 0;

            /**
             * Creates a new NodeValue instance using the specified properties.
             * @function create
             * @memberof weft.v1.NodeValue
             * @static
             * @param {weft.v1.NodeValue.$Properties=} [properties] Properties to set
             * @returns {weft.v1.NodeValue} NodeValue instance
             * @type {{
             *   (properties: weft.v1.NodeValue.$Shape): weft.v1.NodeValue & weft.v1.NodeValue.$Shape;
             *   (properties?: weft.v1.NodeValue.$Properties): weft.v1.NodeValue;
             * }}
             */
            NodeValue.create = function(properties) {
                return new NodeValue(properties);
            };

            /**
             * Encodes the specified NodeValue message. Does not implicitly {@link weft.v1.NodeValue.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.NodeValue
             * @static
             * @param {weft.v1.NodeValue.$Properties} message NodeValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding") && message.encoding !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.encoding);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodeValue message, length delimited. Does not implicitly {@link weft.v1.NodeValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.NodeValue
             * @static
             * @param {weft.v1.NodeValue.$Properties} message NodeValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeValue message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.NodeValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.NodeValue & weft.v1.NodeValue.$Shape} NodeValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.NodeValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.encoding = value;
                            else
                                delete message.encoding;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NodeValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.NodeValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.NodeValue & weft.v1.NodeValue.$Shape} NodeValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a NodeValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.NodeValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.NodeValue} NodeValue
             */
            NodeValue.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.NodeValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.NodeValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.NodeValue();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                if (object.encoding !== 0 && (typeof object.encoding !== "string" || $root.weft.v1.ValueEncoding[object.encoding] !== 0))
                    switch (object.encoding) {
                    case "VALUE_ENCODING_UNSPECIFIED":
                    case 0:
                        message.encoding = 0;
                        break;
                    case "VALUE_ENCODING_V8":
                    case 1:
                        message.encoding = 1;
                        break;
                    case "VALUE_ENCODING_JSON":
                    case 2:
                        message.encoding = 2;
                        break;
                    default:
                        if (typeof object.encoding === "number" && (object.encoding | 0) === object.encoding)
                            message.encoding = object.encoding;
                    }
                return message;
            };

            /**
             * Creates a plain object from a NodeValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.NodeValue
             * @static
             * @param {weft.v1.NodeValue} message NodeValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                    object.encoding = options.enums === $String ? "VALUE_ENCODING_UNSPECIFIED" : 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding"))
                    object.encoding = options.enums === $String ? $root.weft.v1.ValueEncoding[message.encoding] === $undefined ? message.encoding : $root.weft.v1.ValueEncoding[message.encoding] : message.encoding;
                return object;
            };

            /**
             * Converts this NodeValue to JSON.
             * @function toJSON
             * @memberof weft.v1.NodeValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeValue.prototype.toJSON = function() {
                return NodeValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeValue
             * @function getTypeUrl
             * @memberof weft.v1.NodeValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.NodeValue";
            };

            return NodeValue;
        })();

        v1.MapItems = (function() {

            /**
             * Properties of a MapItems.
             * @typedef {Object} weft.v1.MapItems.$Properties
             * @property {string|null} [node] MapItems node
             * @property {number|null} [start] MapItems start
             * @property {number|null} [total] MapItems total
             * @property {Uint8Array|null} [items] MapItems items
             * @property {weft.v1.ValueEncoding|null} [encoding] MapItems encoding
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MapItems.
             * @memberof weft.v1
             * @interface IMapItems
             * @augments weft.v1.MapItems.$Properties
             * @deprecated Use weft.v1.MapItems.$Properties instead.
             */

            /**
             * Shape of a MapItems.
             * @typedef {weft.v1.MapItems.$Properties} weft.v1.MapItems.$Shape
             */

            /**
             * Constructs a new MapItems.
             * @memberof weft.v1
             * @classdesc Represents a MapItems.
             * @constructor
             * @param {weft.v1.MapItems.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MapItems = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MapItems node.
             * @member {string} node
             * @memberof weft.v1.MapItems
             * @instance
             */
            MapItems.prototype.node = "";

            /**
             * MapItems start.
             * @member {number} start
             * @memberof weft.v1.MapItems
             * @instance
             */
            MapItems.prototype.start = 0;

            /**
             * MapItems total.
             * @member {number} total
             * @memberof weft.v1.MapItems
             * @instance
             */
            MapItems.prototype.total = 0;

            /**
             * MapItems items.
             * @member {Uint8Array} items
             * @memberof weft.v1.MapItems
             * @instance
             */
            MapItems.prototype.items = $util.newBuffer([]);

            /**
             * MapItems encoding.
             * @member {weft.v1.ValueEncoding} encoding
             * @memberof weft.v1.MapItems
             * @instance
             */
            MapItems.prototype.encoding = 0;

            /**
             * Creates a new MapItems instance using the specified properties.
             * @function create
             * @memberof weft.v1.MapItems
             * @static
             * @param {weft.v1.MapItems.$Properties=} [properties] Properties to set
             * @returns {weft.v1.MapItems} MapItems instance
             * @type {{
             *   (properties: weft.v1.MapItems.$Shape): weft.v1.MapItems & weft.v1.MapItems.$Shape;
             *   (properties?: weft.v1.MapItems.$Properties): weft.v1.MapItems;
             * }}
             */
            MapItems.create = function(properties) {
                return new MapItems(properties);
            };

            /**
             * Encodes the specified MapItems message. Does not implicitly {@link weft.v1.MapItems.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.MapItems
             * @static
             * @param {weft.v1.MapItems.$Properties} message MapItems message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MapItems.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && message.start !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.start);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.total);
                if (message.items != null && $Object.hasOwnProperty.call(message, "items") && message.items.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.items);
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding") && message.encoding !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.encoding);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MapItems message, length delimited. Does not implicitly {@link weft.v1.MapItems.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.MapItems
             * @static
             * @param {weft.v1.MapItems.$Properties} message MapItems message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MapItems.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MapItems message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.MapItems
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.MapItems & weft.v1.MapItems.$Shape} MapItems
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MapItems.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.MapItems();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.items = value;
                            else
                                delete message.items;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.encoding = value;
                            else
                                delete message.encoding;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MapItems message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.MapItems
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.MapItems & weft.v1.MapItems.$Shape} MapItems
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MapItems.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a MapItems message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.MapItems
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.MapItems} MapItems
             */
            MapItems.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.MapItems)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.MapItems: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.MapItems();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.start != null)
                    if ($Number(object.start) !== 0)
                        message.start = object.start >>> 0;
                if (object.total != null)
                    if ($Number(object.total) !== 0)
                        message.total = object.total >>> 0;
                if (object.items != null)
                    if (object.items.length)
                        if (typeof object.items === "string")
                            $util.base64.decode(object.items, message.items = $util.newBuffer($util.base64.length(object.items)), 0);
                        else if (object.items.length >= 0)
                            message.items = object.items;
                if (object.encoding !== 0 && (typeof object.encoding !== "string" || $root.weft.v1.ValueEncoding[object.encoding] !== 0))
                    switch (object.encoding) {
                    case "VALUE_ENCODING_UNSPECIFIED":
                    case 0:
                        message.encoding = 0;
                        break;
                    case "VALUE_ENCODING_V8":
                    case 1:
                        message.encoding = 1;
                        break;
                    case "VALUE_ENCODING_JSON":
                    case 2:
                        message.encoding = 2;
                        break;
                    default:
                        if (typeof object.encoding === "number" && (object.encoding | 0) === object.encoding)
                            message.encoding = object.encoding;
                    }
                return message;
            };

            /**
             * Creates a plain object from a MapItems message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.MapItems
             * @static
             * @param {weft.v1.MapItems} message MapItems
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MapItems.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.start = 0;
                    object.total = 0;
                    if (options.bytes === $String)
                        object.items = "";
                    else {
                        object.items = [];
                        if (options.bytes !== $Array)
                            object.items = $util.newBuffer(object.items);
                    }
                    object.encoding = options.enums === $String ? "VALUE_ENCODING_UNSPECIFIED" : 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = message.start;
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    object.total = message.total;
                if (message.items != null && $Object.hasOwnProperty.call(message, "items"))
                    object.items = options.bytes === $String ? $util.base64.encode(message.items, 0, message.items.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.items) : message.items;
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding"))
                    object.encoding = options.enums === $String ? $root.weft.v1.ValueEncoding[message.encoding] === $undefined ? message.encoding : $root.weft.v1.ValueEncoding[message.encoding] : message.encoding;
                return object;
            };

            /**
             * Converts this MapItems to JSON.
             * @function toJSON
             * @memberof weft.v1.MapItems
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MapItems.prototype.toJSON = function() {
                return MapItems.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MapItems
             * @function getTypeUrl
             * @memberof weft.v1.MapItems
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MapItems.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.MapItems";
            };

            return MapItems;
        })();

        v1.MapResults = (function() {

            /**
             * Properties of a MapResults.
             * @typedef {Object} weft.v1.MapResults.$Properties
             * @property {string|null} [node] MapResults node
             * @property {number|null} [start] MapResults start
             * @property {number|null} [total] MapResults total
             * @property {Uint8Array|null} [values] MapResults values
             * @property {weft.v1.ValueEncoding|null} [encoding] MapResults encoding
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MapResults.
             * @memberof weft.v1
             * @interface IMapResults
             * @augments weft.v1.MapResults.$Properties
             * @deprecated Use weft.v1.MapResults.$Properties instead.
             */

            /**
             * Shape of a MapResults.
             * @typedef {weft.v1.MapResults.$Properties} weft.v1.MapResults.$Shape
             */

            /**
             * Constructs a new MapResults.
             * @memberof weft.v1
             * @classdesc Represents a MapResults.
             * @constructor
             * @param {weft.v1.MapResults.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MapResults = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MapResults node.
             * @member {string} node
             * @memberof weft.v1.MapResults
             * @instance
             */
            MapResults.prototype.node = "";

            /**
             * MapResults start.
             * @member {number} start
             * @memberof weft.v1.MapResults
             * @instance
             */
            MapResults.prototype.start = 0;

            /**
             * MapResults total.
             * @member {number} total
             * @memberof weft.v1.MapResults
             * @instance
             */
            MapResults.prototype.total = 0;

            /**
             * MapResults values.
             * @member {Uint8Array} values
             * @memberof weft.v1.MapResults
             * @instance
             */
            MapResults.prototype.values = $util.newBuffer([]);

            /**
             * MapResults encoding.
             * @member {weft.v1.ValueEncoding} encoding
             * @memberof weft.v1.MapResults
             * @instance
             */
            MapResults.prototype.encoding = 0;

            /**
             * Creates a new MapResults instance using the specified properties.
             * @function create
             * @memberof weft.v1.MapResults
             * @static
             * @param {weft.v1.MapResults.$Properties=} [properties] Properties to set
             * @returns {weft.v1.MapResults} MapResults instance
             * @type {{
             *   (properties: weft.v1.MapResults.$Shape): weft.v1.MapResults & weft.v1.MapResults.$Shape;
             *   (properties?: weft.v1.MapResults.$Properties): weft.v1.MapResults;
             * }}
             */
            MapResults.create = function(properties) {
                return new MapResults(properties);
            };

            /**
             * Encodes the specified MapResults message. Does not implicitly {@link weft.v1.MapResults.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.MapResults
             * @static
             * @param {weft.v1.MapResults.$Properties} message MapResults message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MapResults.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && message.start !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.start);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.total);
                if (message.values != null && $Object.hasOwnProperty.call(message, "values") && message.values.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.values);
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding") && message.encoding !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.encoding);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MapResults message, length delimited. Does not implicitly {@link weft.v1.MapResults.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.MapResults
             * @static
             * @param {weft.v1.MapResults.$Properties} message MapResults message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MapResults.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MapResults message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.MapResults
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.MapResults & weft.v1.MapResults.$Shape} MapResults
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MapResults.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.MapResults();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.values = value;
                            else
                                delete message.values;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.encoding = value;
                            else
                                delete message.encoding;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MapResults message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.MapResults
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.MapResults & weft.v1.MapResults.$Shape} MapResults
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MapResults.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a MapResults message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.MapResults
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.MapResults} MapResults
             */
            MapResults.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.MapResults)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.MapResults: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.MapResults();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.start != null)
                    if ($Number(object.start) !== 0)
                        message.start = object.start >>> 0;
                if (object.total != null)
                    if ($Number(object.total) !== 0)
                        message.total = object.total >>> 0;
                if (object.values != null)
                    if (object.values.length)
                        if (typeof object.values === "string")
                            $util.base64.decode(object.values, message.values = $util.newBuffer($util.base64.length(object.values)), 0);
                        else if (object.values.length >= 0)
                            message.values = object.values;
                if (object.encoding !== 0 && (typeof object.encoding !== "string" || $root.weft.v1.ValueEncoding[object.encoding] !== 0))
                    switch (object.encoding) {
                    case "VALUE_ENCODING_UNSPECIFIED":
                    case 0:
                        message.encoding = 0;
                        break;
                    case "VALUE_ENCODING_V8":
                    case 1:
                        message.encoding = 1;
                        break;
                    case "VALUE_ENCODING_JSON":
                    case 2:
                        message.encoding = 2;
                        break;
                    default:
                        if (typeof object.encoding === "number" && (object.encoding | 0) === object.encoding)
                            message.encoding = object.encoding;
                    }
                return message;
            };

            /**
             * Creates a plain object from a MapResults message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.MapResults
             * @static
             * @param {weft.v1.MapResults} message MapResults
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MapResults.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.start = 0;
                    object.total = 0;
                    if (options.bytes === $String)
                        object.values = "";
                    else {
                        object.values = [];
                        if (options.bytes !== $Array)
                            object.values = $util.newBuffer(object.values);
                    }
                    object.encoding = options.enums === $String ? "VALUE_ENCODING_UNSPECIFIED" : 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = message.start;
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    object.total = message.total;
                if (message.values != null && $Object.hasOwnProperty.call(message, "values"))
                    object.values = options.bytes === $String ? $util.base64.encode(message.values, 0, message.values.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.values) : message.values;
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding"))
                    object.encoding = options.enums === $String ? $root.weft.v1.ValueEncoding[message.encoding] === $undefined ? message.encoding : $root.weft.v1.ValueEncoding[message.encoding] : message.encoding;
                return object;
            };

            /**
             * Converts this MapResults to JSON.
             * @function toJSON
             * @memberof weft.v1.MapResults
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MapResults.prototype.toJSON = function() {
                return MapResults.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MapResults
             * @function getTypeUrl
             * @memberof weft.v1.MapResults
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MapResults.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.MapResults";
            };

            return MapResults;
        })();

        v1.StageRecords = (function() {

            /**
             * Properties of a StageRecords.
             * @typedef {Object} weft.v1.StageRecords.$Properties
             * @property {string|null} [node] StageRecords node
             * @property {string|null} [from] StageRecords from
             * @property {number|null} [partition] StageRecords partition
             * @property {Uint8Array|null} [records] StageRecords records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StageRecords.
             * @memberof weft.v1
             * @interface IStageRecords
             * @augments weft.v1.StageRecords.$Properties
             * @deprecated Use weft.v1.StageRecords.$Properties instead.
             */

            /**
             * Shape of a StageRecords.
             * @typedef {weft.v1.StageRecords.$Properties} weft.v1.StageRecords.$Shape
             */

            /**
             * Constructs a new StageRecords.
             * @memberof weft.v1
             * @classdesc Represents a StageRecords.
             * @constructor
             * @param {weft.v1.StageRecords.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StageRecords = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StageRecords node.
             * @member {string} node
             * @memberof weft.v1.StageRecords
             * @instance
             */
            StageRecords.prototype.node = "";

            /**
             * StageRecords from.
             * @member {string} from
             * @memberof weft.v1.StageRecords
             * @instance
             */
            StageRecords.prototype.from = "";

            /**
             * StageRecords partition.
             * @member {number} partition
             * @memberof weft.v1.StageRecords
             * @instance
             */
            StageRecords.prototype.partition = 0;

            /**
             * StageRecords records.
             * @member {Uint8Array} records
             * @memberof weft.v1.StageRecords
             * @instance
             */
            StageRecords.prototype.records = $util.newBuffer([]);

            /**
             * Creates a new StageRecords instance using the specified properties.
             * @function create
             * @memberof weft.v1.StageRecords
             * @static
             * @param {weft.v1.StageRecords.$Properties=} [properties] Properties to set
             * @returns {weft.v1.StageRecords} StageRecords instance
             * @type {{
             *   (properties: weft.v1.StageRecords.$Shape): weft.v1.StageRecords & weft.v1.StageRecords.$Shape;
             *   (properties?: weft.v1.StageRecords.$Properties): weft.v1.StageRecords;
             * }}
             */
            StageRecords.create = function(properties) {
                return new StageRecords(properties);
            };

            /**
             * Encodes the specified StageRecords message. Does not implicitly {@link weft.v1.StageRecords.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.StageRecords
             * @static
             * @param {weft.v1.StageRecords.$Properties} message StageRecords message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StageRecords.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.partition);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && message.records.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.records);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StageRecords message, length delimited. Does not implicitly {@link weft.v1.StageRecords.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.StageRecords
             * @static
             * @param {weft.v1.StageRecords.$Properties} message StageRecords message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StageRecords.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StageRecords message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.StageRecords
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.StageRecords & weft.v1.StageRecords.$Shape} StageRecords
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StageRecords.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.StageRecords();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.records = value;
                            else
                                delete message.records;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StageRecords message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.StageRecords
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.StageRecords & weft.v1.StageRecords.$Shape} StageRecords
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StageRecords.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a StageRecords message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.StageRecords
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.StageRecords} StageRecords
             */
            StageRecords.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.StageRecords)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.StageRecords: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.StageRecords();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.partition != null)
                    if ($Number(object.partition) !== 0)
                        message.partition = object.partition >>> 0;
                if (object.records != null)
                    if (object.records.length)
                        if (typeof object.records === "string")
                            $util.base64.decode(object.records, message.records = $util.newBuffer($util.base64.length(object.records)), 0);
                        else if (object.records.length >= 0)
                            message.records = object.records;
                return message;
            };

            /**
             * Creates a plain object from a StageRecords message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.StageRecords
             * @static
             * @param {weft.v1.StageRecords} message StageRecords
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StageRecords.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.from = "";
                    object.partition = 0;
                    if (options.bytes === $String)
                        object.records = "";
                    else {
                        object.records = [];
                        if (options.bytes !== $Array)
                            object.records = $util.newBuffer(object.records);
                    }
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                    object.partition = message.partition;
                if (message.records != null && $Object.hasOwnProperty.call(message, "records"))
                    object.records = options.bytes === $String ? $util.base64.encode(message.records, 0, message.records.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.records) : message.records;
                return object;
            };

            /**
             * Converts this StageRecords to JSON.
             * @function toJSON
             * @memberof weft.v1.StageRecords
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StageRecords.prototype.toJSON = function() {
                return StageRecords.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StageRecords
             * @function getTypeUrl
             * @memberof weft.v1.StageRecords
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StageRecords.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.StageRecords";
            };

            return StageRecords;
        })();

        v1.ShufflePart = (function() {

            /**
             * Properties of a ShufflePart.
             * @typedef {Object} weft.v1.ShufflePart.$Properties
             * @property {number|null} [partition] ShufflePart partition
             * @property {Uint8Array|null} [entries] ShufflePart entries
             * @property {Uint8Array|null} [columns] ShufflePart columns
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShufflePart.
             * @memberof weft.v1
             * @interface IShufflePart
             * @augments weft.v1.ShufflePart.$Properties
             * @deprecated Use weft.v1.ShufflePart.$Properties instead.
             */

            /**
             * Shape of a ShufflePart.
             * @typedef {weft.v1.ShufflePart.$Properties} weft.v1.ShufflePart.$Shape
             */

            /**
             * Constructs a new ShufflePart.
             * @memberof weft.v1
             * @classdesc Represents a ShufflePart.
             * @constructor
             * @param {weft.v1.ShufflePart.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShufflePart = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShufflePart partition.
             * @member {number} partition
             * @memberof weft.v1.ShufflePart
             * @instance
             */
            ShufflePart.prototype.partition = 0;

            /**
             * ShufflePart entries.
             * @member {Uint8Array} entries
             * @memberof weft.v1.ShufflePart
             * @instance
             */
            ShufflePart.prototype.entries = $util.newBuffer([]);

            /**
             * ShufflePart columns.
             * @member {Uint8Array} columns
             * @memberof weft.v1.ShufflePart
             * @instance
             */
            ShufflePart.prototype.columns = $util.newBuffer([]);

            /**
             * Creates a new ShufflePart instance using the specified properties.
             * @function create
             * @memberof weft.v1.ShufflePart
             * @static
             * @param {weft.v1.ShufflePart.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ShufflePart} ShufflePart instance
             * @type {{
             *   (properties: weft.v1.ShufflePart.$Shape): weft.v1.ShufflePart & weft.v1.ShufflePart.$Shape;
             *   (properties?: weft.v1.ShufflePart.$Properties): weft.v1.ShufflePart;
             * }}
             */
            ShufflePart.create = function(properties) {
                return new ShufflePart(properties);
            };

            /**
             * Encodes the specified ShufflePart message. Does not implicitly {@link weft.v1.ShufflePart.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ShufflePart
             * @static
             * @param {weft.v1.ShufflePart.$Properties} message ShufflePart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShufflePart.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.partition);
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries") && message.entries.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.entries);
                if (message.columns != null && $Object.hasOwnProperty.call(message, "columns") && message.columns.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.columns);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ShufflePart message, length delimited. Does not implicitly {@link weft.v1.ShufflePart.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.ShufflePart
             * @static
             * @param {weft.v1.ShufflePart.$Properties} message ShufflePart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShufflePart.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ShufflePart message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ShufflePart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ShufflePart & weft.v1.ShufflePart.$Shape} ShufflePart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShufflePart.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ShufflePart();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.entries = value;
                            else
                                delete message.entries;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.columns = value;
                            else
                                delete message.columns;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ShufflePart message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.ShufflePart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.ShufflePart & weft.v1.ShufflePart.$Shape} ShufflePart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShufflePart.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a ShufflePart message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ShufflePart
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ShufflePart} ShufflePart
             */
            ShufflePart.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ShufflePart)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ShufflePart: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ShufflePart();
                if (object.partition != null)
                    if ($Number(object.partition) !== 0)
                        message.partition = object.partition >>> 0;
                if (object.entries != null)
                    if (object.entries.length)
                        if (typeof object.entries === "string")
                            $util.base64.decode(object.entries, message.entries = $util.newBuffer($util.base64.length(object.entries)), 0);
                        else if (object.entries.length >= 0)
                            message.entries = object.entries;
                if (object.columns != null)
                    if (object.columns.length)
                        if (typeof object.columns === "string")
                            $util.base64.decode(object.columns, message.columns = $util.newBuffer($util.base64.length(object.columns)), 0);
                        else if (object.columns.length >= 0)
                            message.columns = object.columns;
                return message;
            };

            /**
             * Creates a plain object from a ShufflePart message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ShufflePart
             * @static
             * @param {weft.v1.ShufflePart} message ShufflePart
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShufflePart.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.partition = 0;
                    if (options.bytes === $String)
                        object.entries = "";
                    else {
                        object.entries = [];
                        if (options.bytes !== $Array)
                            object.entries = $util.newBuffer(object.entries);
                    }
                    if (options.bytes === $String)
                        object.columns = "";
                    else {
                        object.columns = [];
                        if (options.bytes !== $Array)
                            object.columns = $util.newBuffer(object.columns);
                    }
                }
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                    object.partition = message.partition;
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries"))
                    object.entries = options.bytes === $String ? $util.base64.encode(message.entries, 0, message.entries.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.entries) : message.entries;
                if (message.columns != null && $Object.hasOwnProperty.call(message, "columns"))
                    object.columns = options.bytes === $String ? $util.base64.encode(message.columns, 0, message.columns.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.columns) : message.columns;
                return object;
            };

            /**
             * Converts this ShufflePart to JSON.
             * @function toJSON
             * @memberof weft.v1.ShufflePart
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShufflePart.prototype.toJSON = function() {
                return ShufflePart.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ShufflePart
             * @function getTypeUrl
             * @memberof weft.v1.ShufflePart
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShufflePart.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ShufflePart";
            };

            return ShufflePart;
        })();

        v1.ShuffleBatch = (function() {

            /**
             * Properties of a ShuffleBatch.
             * @typedef {Object} weft.v1.ShuffleBatch.$Properties
             * @property {string|null} [node] ShuffleBatch node
             * @property {string|null} [from] ShuffleBatch from
             * @property {number|null} [covered] ShuffleBatch covered
             * @property {Array.<weft.v1.ShufflePart.$Properties>|null} [parts] ShuffleBatch parts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShuffleBatch.
             * @memberof weft.v1
             * @interface IShuffleBatch
             * @augments weft.v1.ShuffleBatch.$Properties
             * @deprecated Use weft.v1.ShuffleBatch.$Properties instead.
             */

            /**
             * Shape of a ShuffleBatch.
             * @typedef {weft.v1.ShuffleBatch.$Properties} weft.v1.ShuffleBatch.$Shape
             */

            /**
             * Constructs a new ShuffleBatch.
             * @memberof weft.v1
             * @classdesc Represents a ShuffleBatch.
             * @constructor
             * @param {weft.v1.ShuffleBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShuffleBatch = function (properties) {
                this.parts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShuffleBatch node.
             * @member {string} node
             * @memberof weft.v1.ShuffleBatch
             * @instance
             */
            ShuffleBatch.prototype.node = "";

            /**
             * ShuffleBatch from.
             * @member {string} from
             * @memberof weft.v1.ShuffleBatch
             * @instance
             */
            ShuffleBatch.prototype.from = "";

            /**
             * ShuffleBatch covered.
             * @member {number} covered
             * @memberof weft.v1.ShuffleBatch
             * @instance
             */
            ShuffleBatch.prototype.covered = 0;

            /**
             * ShuffleBatch parts.
             * @member {Array.<weft.v1.ShufflePart.$Properties>} parts
             * @memberof weft.v1.ShuffleBatch
             * @instance
             */
            ShuffleBatch.prototype.parts = $util.emptyArray;

            /**
             * Creates a new ShuffleBatch instance using the specified properties.
             * @function create
             * @memberof weft.v1.ShuffleBatch
             * @static
             * @param {weft.v1.ShuffleBatch.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ShuffleBatch} ShuffleBatch instance
             * @type {{
             *   (properties: weft.v1.ShuffleBatch.$Shape): weft.v1.ShuffleBatch & weft.v1.ShuffleBatch.$Shape;
             *   (properties?: weft.v1.ShuffleBatch.$Properties): weft.v1.ShuffleBatch;
             * }}
             */
            ShuffleBatch.create = function(properties) {
                return new ShuffleBatch(properties);
            };

            /**
             * Encodes the specified ShuffleBatch message. Does not implicitly {@link weft.v1.ShuffleBatch.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ShuffleBatch
             * @static
             * @param {weft.v1.ShuffleBatch.$Properties} message ShuffleBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShuffleBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
                if (message.covered != null && $Object.hasOwnProperty.call(message, "covered") && message.covered !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.covered);
                if (message.parts != null && message.parts.length)
                    for (let i = 0; i < message.parts.length; ++i)
                        $root.weft.v1.ShufflePart.encode(message.parts[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ShuffleBatch message, length delimited. Does not implicitly {@link weft.v1.ShuffleBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.ShuffleBatch
             * @static
             * @param {weft.v1.ShuffleBatch.$Properties} message ShuffleBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShuffleBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ShuffleBatch message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ShuffleBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ShuffleBatch & weft.v1.ShuffleBatch.$Shape} ShuffleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShuffleBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ShuffleBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.covered = value;
                            else
                                delete message.covered;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parts && message.parts.length))
                                message.parts = [];
                            message.parts.push($root.weft.v1.ShufflePart.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ShuffleBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.ShuffleBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.ShuffleBatch & weft.v1.ShuffleBatch.$Shape} ShuffleBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShuffleBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a ShuffleBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ShuffleBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ShuffleBatch} ShuffleBatch
             */
            ShuffleBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ShuffleBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ShuffleBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ShuffleBatch();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.covered != null)
                    if ($Number(object.covered) !== 0)
                        message.covered = object.covered >>> 0;
                if (object.parts) {
                    if (!$Array.isArray(object.parts))
                        throw $TypeError(".weft.v1.ShuffleBatch.parts: array expected");
                    message.parts = $Array(object.parts.length);
                    for (let i = 0; i < object.parts.length; ++i) {
                        if (!$util.isObject(object.parts[i]))
                            throw $TypeError(".weft.v1.ShuffleBatch.parts: object expected");
                        message.parts[i] = $root.weft.v1.ShufflePart.fromObject(object.parts[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ShuffleBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ShuffleBatch
             * @static
             * @param {weft.v1.ShuffleBatch} message ShuffleBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShuffleBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.parts = [];
                if (options.defaults) {
                    object.node = "";
                    object.from = "";
                    object.covered = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.covered != null && $Object.hasOwnProperty.call(message, "covered"))
                    object.covered = message.covered;
                if (message.parts && message.parts.length) {
                    object.parts = $Array(message.parts.length);
                    for (let j = 0; j < message.parts.length; ++j)
                        object.parts[j] = $root.weft.v1.ShufflePart.toObject(message.parts[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ShuffleBatch to JSON.
             * @function toJSON
             * @memberof weft.v1.ShuffleBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShuffleBatch.prototype.toJSON = function() {
                return ShuffleBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ShuffleBatch
             * @function getTypeUrl
             * @memberof weft.v1.ShuffleBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShuffleBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ShuffleBatch";
            };

            return ShuffleBatch;
        })();

        v1.PartialAggregate = (function() {

            /**
             * Properties of a PartialAggregate.
             * @typedef {Object} weft.v1.PartialAggregate.$Properties
             * @property {string|null} [node] PartialAggregate node
             * @property {string|null} [from] PartialAggregate from
             * @property {number|null} [covered] PartialAggregate covered
             * @property {Uint8Array|null} [accumulator] PartialAggregate accumulator
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartialAggregate.
             * @memberof weft.v1
             * @interface IPartialAggregate
             * @augments weft.v1.PartialAggregate.$Properties
             * @deprecated Use weft.v1.PartialAggregate.$Properties instead.
             */

            /**
             * Shape of a PartialAggregate.
             * @typedef {weft.v1.PartialAggregate.$Properties} weft.v1.PartialAggregate.$Shape
             */

            /**
             * Constructs a new PartialAggregate.
             * @memberof weft.v1
             * @classdesc Represents a PartialAggregate.
             * @constructor
             * @param {weft.v1.PartialAggregate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartialAggregate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartialAggregate node.
             * @member {string} node
             * @memberof weft.v1.PartialAggregate
             * @instance
             */
            PartialAggregate.prototype.node = "";

            /**
             * PartialAggregate from.
             * @member {string} from
             * @memberof weft.v1.PartialAggregate
             * @instance
             */
            PartialAggregate.prototype.from = "";

            /**
             * PartialAggregate covered.
             * @member {number} covered
             * @memberof weft.v1.PartialAggregate
             * @instance
             */
            PartialAggregate.prototype.covered = 0;

            /**
             * PartialAggregate accumulator.
             * @member {Uint8Array} accumulator
             * @memberof weft.v1.PartialAggregate
             * @instance
             */
            PartialAggregate.prototype.accumulator = $util.newBuffer([]);

            /**
             * Creates a new PartialAggregate instance using the specified properties.
             * @function create
             * @memberof weft.v1.PartialAggregate
             * @static
             * @param {weft.v1.PartialAggregate.$Properties=} [properties] Properties to set
             * @returns {weft.v1.PartialAggregate} PartialAggregate instance
             * @type {{
             *   (properties: weft.v1.PartialAggregate.$Shape): weft.v1.PartialAggregate & weft.v1.PartialAggregate.$Shape;
             *   (properties?: weft.v1.PartialAggregate.$Properties): weft.v1.PartialAggregate;
             * }}
             */
            PartialAggregate.create = function(properties) {
                return new PartialAggregate(properties);
            };

            /**
             * Encodes the specified PartialAggregate message. Does not implicitly {@link weft.v1.PartialAggregate.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.PartialAggregate
             * @static
             * @param {weft.v1.PartialAggregate.$Properties} message PartialAggregate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartialAggregate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
                if (message.covered != null && $Object.hasOwnProperty.call(message, "covered") && message.covered !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.covered);
                if (message.accumulator != null && $Object.hasOwnProperty.call(message, "accumulator") && message.accumulator.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.accumulator);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PartialAggregate message, length delimited. Does not implicitly {@link weft.v1.PartialAggregate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.PartialAggregate
             * @static
             * @param {weft.v1.PartialAggregate.$Properties} message PartialAggregate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartialAggregate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PartialAggregate message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.PartialAggregate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.PartialAggregate & weft.v1.PartialAggregate.$Shape} PartialAggregate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartialAggregate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.PartialAggregate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.covered = value;
                            else
                                delete message.covered;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.accumulator = value;
                            else
                                delete message.accumulator;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PartialAggregate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.PartialAggregate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.PartialAggregate & weft.v1.PartialAggregate.$Shape} PartialAggregate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartialAggregate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a PartialAggregate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.PartialAggregate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.PartialAggregate} PartialAggregate
             */
            PartialAggregate.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.PartialAggregate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.PartialAggregate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.PartialAggregate();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.covered != null)
                    if ($Number(object.covered) !== 0)
                        message.covered = object.covered >>> 0;
                if (object.accumulator != null)
                    if (object.accumulator.length)
                        if (typeof object.accumulator === "string")
                            $util.base64.decode(object.accumulator, message.accumulator = $util.newBuffer($util.base64.length(object.accumulator)), 0);
                        else if (object.accumulator.length >= 0)
                            message.accumulator = object.accumulator;
                return message;
            };

            /**
             * Creates a plain object from a PartialAggregate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.PartialAggregate
             * @static
             * @param {weft.v1.PartialAggregate} message PartialAggregate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PartialAggregate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.from = "";
                    object.covered = 0;
                    if (options.bytes === $String)
                        object.accumulator = "";
                    else {
                        object.accumulator = [];
                        if (options.bytes !== $Array)
                            object.accumulator = $util.newBuffer(object.accumulator);
                    }
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.covered != null && $Object.hasOwnProperty.call(message, "covered"))
                    object.covered = message.covered;
                if (message.accumulator != null && $Object.hasOwnProperty.call(message, "accumulator"))
                    object.accumulator = options.bytes === $String ? $util.base64.encode(message.accumulator, 0, message.accumulator.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.accumulator) : message.accumulator;
                return object;
            };

            /**
             * Converts this PartialAggregate to JSON.
             * @function toJSON
             * @memberof weft.v1.PartialAggregate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PartialAggregate.prototype.toJSON = function() {
                return PartialAggregate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PartialAggregate
             * @function getTypeUrl
             * @memberof weft.v1.PartialAggregate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PartialAggregate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.PartialAggregate";
            };

            return PartialAggregate;
        })();

        v1.GatherPart = (function() {

            /**
             * Properties of a GatherPart.
             * @typedef {Object} weft.v1.GatherPart.$Properties
             * @property {number|null} [partition] GatherPart partition
             * @property {Uint8Array|null} [records] GatherPart records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GatherPart.
             * @memberof weft.v1
             * @interface IGatherPart
             * @augments weft.v1.GatherPart.$Properties
             * @deprecated Use weft.v1.GatherPart.$Properties instead.
             */

            /**
             * Shape of a GatherPart.
             * @typedef {weft.v1.GatherPart.$Properties} weft.v1.GatherPart.$Shape
             */

            /**
             * Constructs a new GatherPart.
             * @memberof weft.v1
             * @classdesc Represents a GatherPart.
             * @constructor
             * @param {weft.v1.GatherPart.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GatherPart = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GatherPart partition.
             * @member {number} partition
             * @memberof weft.v1.GatherPart
             * @instance
             */
            GatherPart.prototype.partition = 0;

            /**
             * GatherPart records.
             * @member {Uint8Array} records
             * @memberof weft.v1.GatherPart
             * @instance
             */
            GatherPart.prototype.records = $util.newBuffer([]);

            /**
             * Creates a new GatherPart instance using the specified properties.
             * @function create
             * @memberof weft.v1.GatherPart
             * @static
             * @param {weft.v1.GatherPart.$Properties=} [properties] Properties to set
             * @returns {weft.v1.GatherPart} GatherPart instance
             * @type {{
             *   (properties: weft.v1.GatherPart.$Shape): weft.v1.GatherPart & weft.v1.GatherPart.$Shape;
             *   (properties?: weft.v1.GatherPart.$Properties): weft.v1.GatherPart;
             * }}
             */
            GatherPart.create = function(properties) {
                return new GatherPart(properties);
            };

            /**
             * Encodes the specified GatherPart message. Does not implicitly {@link weft.v1.GatherPart.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.GatherPart
             * @static
             * @param {weft.v1.GatherPart.$Properties} message GatherPart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatherPart.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.partition);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && message.records.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.records);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GatherPart message, length delimited. Does not implicitly {@link weft.v1.GatherPart.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.GatherPart
             * @static
             * @param {weft.v1.GatherPart.$Properties} message GatherPart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatherPart.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GatherPart message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.GatherPart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.GatherPart & weft.v1.GatherPart.$Shape} GatherPart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatherPart.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.GatherPart();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.records = value;
                            else
                                delete message.records;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GatherPart message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.GatherPart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.GatherPart & weft.v1.GatherPart.$Shape} GatherPart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatherPart.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a GatherPart message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.GatherPart
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.GatherPart} GatherPart
             */
            GatherPart.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.GatherPart)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.GatherPart: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.GatherPart();
                if (object.partition != null)
                    if ($Number(object.partition) !== 0)
                        message.partition = object.partition >>> 0;
                if (object.records != null)
                    if (object.records.length)
                        if (typeof object.records === "string")
                            $util.base64.decode(object.records, message.records = $util.newBuffer($util.base64.length(object.records)), 0);
                        else if (object.records.length >= 0)
                            message.records = object.records;
                return message;
            };

            /**
             * Creates a plain object from a GatherPart message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.GatherPart
             * @static
             * @param {weft.v1.GatherPart} message GatherPart
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GatherPart.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.partition = 0;
                    if (options.bytes === $String)
                        object.records = "";
                    else {
                        object.records = [];
                        if (options.bytes !== $Array)
                            object.records = $util.newBuffer(object.records);
                    }
                }
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                    object.partition = message.partition;
                if (message.records != null && $Object.hasOwnProperty.call(message, "records"))
                    object.records = options.bytes === $String ? $util.base64.encode(message.records, 0, message.records.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.records) : message.records;
                return object;
            };

            /**
             * Converts this GatherPart to JSON.
             * @function toJSON
             * @memberof weft.v1.GatherPart
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GatherPart.prototype.toJSON = function() {
                return GatherPart.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GatherPart
             * @function getTypeUrl
             * @memberof weft.v1.GatherPart
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GatherPart.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.GatherPart";
            };

            return GatherPart;
        })();

        v1.GatherBatch = (function() {

            /**
             * Properties of a GatherBatch.
             * @typedef {Object} weft.v1.GatherBatch.$Properties
             * @property {string|null} [node] GatherBatch node
             * @property {string|null} [from] GatherBatch from
             * @property {number|null} [covered] GatherBatch covered
             * @property {Array.<weft.v1.GatherPart.$Properties>|null} [parts] GatherBatch parts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GatherBatch.
             * @memberof weft.v1
             * @interface IGatherBatch
             * @augments weft.v1.GatherBatch.$Properties
             * @deprecated Use weft.v1.GatherBatch.$Properties instead.
             */

            /**
             * Shape of a GatherBatch.
             * @typedef {weft.v1.GatherBatch.$Properties} weft.v1.GatherBatch.$Shape
             */

            /**
             * Constructs a new GatherBatch.
             * @memberof weft.v1
             * @classdesc Represents a GatherBatch.
             * @constructor
             * @param {weft.v1.GatherBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GatherBatch = function (properties) {
                this.parts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GatherBatch node.
             * @member {string} node
             * @memberof weft.v1.GatherBatch
             * @instance
             */
            GatherBatch.prototype.node = "";

            /**
             * GatherBatch from.
             * @member {string} from
             * @memberof weft.v1.GatherBatch
             * @instance
             */
            GatherBatch.prototype.from = "";

            /**
             * GatherBatch covered.
             * @member {number} covered
             * @memberof weft.v1.GatherBatch
             * @instance
             */
            GatherBatch.prototype.covered = 0;

            /**
             * GatherBatch parts.
             * @member {Array.<weft.v1.GatherPart.$Properties>} parts
             * @memberof weft.v1.GatherBatch
             * @instance
             */
            GatherBatch.prototype.parts = $util.emptyArray;

            /**
             * Creates a new GatherBatch instance using the specified properties.
             * @function create
             * @memberof weft.v1.GatherBatch
             * @static
             * @param {weft.v1.GatherBatch.$Properties=} [properties] Properties to set
             * @returns {weft.v1.GatherBatch} GatherBatch instance
             * @type {{
             *   (properties: weft.v1.GatherBatch.$Shape): weft.v1.GatherBatch & weft.v1.GatherBatch.$Shape;
             *   (properties?: weft.v1.GatherBatch.$Properties): weft.v1.GatherBatch;
             * }}
             */
            GatherBatch.create = function(properties) {
                return new GatherBatch(properties);
            };

            /**
             * Encodes the specified GatherBatch message. Does not implicitly {@link weft.v1.GatherBatch.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.GatherBatch
             * @static
             * @param {weft.v1.GatherBatch.$Properties} message GatherBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatherBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
                if (message.covered != null && $Object.hasOwnProperty.call(message, "covered") && message.covered !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.covered);
                if (message.parts != null && message.parts.length)
                    for (let i = 0; i < message.parts.length; ++i)
                        $root.weft.v1.GatherPart.encode(message.parts[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GatherBatch message, length delimited. Does not implicitly {@link weft.v1.GatherBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.GatherBatch
             * @static
             * @param {weft.v1.GatherBatch.$Properties} message GatherBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatherBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GatherBatch message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.GatherBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.GatherBatch & weft.v1.GatherBatch.$Shape} GatherBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatherBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.GatherBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.covered = value;
                            else
                                delete message.covered;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parts && message.parts.length))
                                message.parts = [];
                            message.parts.push($root.weft.v1.GatherPart.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GatherBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.GatherBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.GatherBatch & weft.v1.GatherBatch.$Shape} GatherBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatherBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a GatherBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.GatherBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.GatherBatch} GatherBatch
             */
            GatherBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.GatherBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.GatherBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.GatherBatch();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.covered != null)
                    if ($Number(object.covered) !== 0)
                        message.covered = object.covered >>> 0;
                if (object.parts) {
                    if (!$Array.isArray(object.parts))
                        throw $TypeError(".weft.v1.GatherBatch.parts: array expected");
                    message.parts = $Array(object.parts.length);
                    for (let i = 0; i < object.parts.length; ++i) {
                        if (!$util.isObject(object.parts[i]))
                            throw $TypeError(".weft.v1.GatherBatch.parts: object expected");
                        message.parts[i] = $root.weft.v1.GatherPart.fromObject(object.parts[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a GatherBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.GatherBatch
             * @static
             * @param {weft.v1.GatherBatch} message GatherBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GatherBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.parts = [];
                if (options.defaults) {
                    object.node = "";
                    object.from = "";
                    object.covered = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.covered != null && $Object.hasOwnProperty.call(message, "covered"))
                    object.covered = message.covered;
                if (message.parts && message.parts.length) {
                    object.parts = $Array(message.parts.length);
                    for (let j = 0; j < message.parts.length; ++j)
                        object.parts[j] = $root.weft.v1.GatherPart.toObject(message.parts[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this GatherBatch to JSON.
             * @function toJSON
             * @memberof weft.v1.GatherBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GatherBatch.prototype.toJSON = function() {
                return GatherBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GatherBatch
             * @function getTypeUrl
             * @memberof weft.v1.GatherBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GatherBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.GatherBatch";
            };

            return GatherBatch;
        })();

        v1.SinkValue = (function() {

            /**
             * Properties of a SinkValue.
             * @typedef {Object} weft.v1.SinkValue.$Properties
             * @property {string|null} [node] SinkValue node
             * @property {string|null} [valueJson] SinkValue valueJson
             * @property {weft.v1.ErrorInfo.$Properties|null} [error] SinkValue error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SinkValue.
             * @memberof weft.v1
             * @interface ISinkValue
             * @augments weft.v1.SinkValue.$Properties
             * @deprecated Use weft.v1.SinkValue.$Properties instead.
             */

            /**
             * Shape of a SinkValue.
             * @typedef {weft.v1.SinkValue.$Properties} weft.v1.SinkValue.$Shape
             */

            /**
             * Constructs a new SinkValue.
             * @memberof weft.v1
             * @classdesc Represents a SinkValue.
             * @constructor
             * @param {weft.v1.SinkValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SinkValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SinkValue node.
             * @member {string} node
             * @memberof weft.v1.SinkValue
             * @instance
             */
            SinkValue.prototype.node = "";

            /**
             * SinkValue valueJson.
             * @member {string} valueJson
             * @memberof weft.v1.SinkValue
             * @instance
             */
            SinkValue.prototype.valueJson = "";

            /**
             * SinkValue error.
             * @member {weft.v1.ErrorInfo.$Properties|null|undefined} error
             * @memberof weft.v1.SinkValue
             * @instance
             */
            SinkValue.prototype.error = null;

            /**
             * Creates a new SinkValue instance using the specified properties.
             * @function create
             * @memberof weft.v1.SinkValue
             * @static
             * @param {weft.v1.SinkValue.$Properties=} [properties] Properties to set
             * @returns {weft.v1.SinkValue} SinkValue instance
             * @type {{
             *   (properties: weft.v1.SinkValue.$Shape): weft.v1.SinkValue & weft.v1.SinkValue.$Shape;
             *   (properties?: weft.v1.SinkValue.$Properties): weft.v1.SinkValue;
             * }}
             */
            SinkValue.create = function(properties) {
                return new SinkValue(properties);
            };

            /**
             * Encodes the specified SinkValue message. Does not implicitly {@link weft.v1.SinkValue.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.SinkValue
             * @static
             * @param {weft.v1.SinkValue.$Properties} message SinkValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SinkValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.valueJson != null && $Object.hasOwnProperty.call(message, "valueJson") && message.valueJson !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.valueJson);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.weft.v1.ErrorInfo.encode(message.error, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SinkValue message, length delimited. Does not implicitly {@link weft.v1.SinkValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.SinkValue
             * @static
             * @param {weft.v1.SinkValue.$Properties} message SinkValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SinkValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SinkValue message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.SinkValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.SinkValue & weft.v1.SinkValue.$Shape} SinkValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SinkValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.SinkValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.valueJson = value;
                            else
                                delete message.valueJson;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.weft.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SinkValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.SinkValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.SinkValue & weft.v1.SinkValue.$Shape} SinkValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SinkValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a SinkValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.SinkValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.SinkValue} SinkValue
             */
            SinkValue.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.SinkValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.SinkValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.SinkValue();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.valueJson != null)
                    if (typeof object.valueJson !== "string" || object.valueJson.length)
                        message.valueJson = $String(object.valueJson);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".weft.v1.SinkValue.error: object expected");
                    message.error = $root.weft.v1.ErrorInfo.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SinkValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.SinkValue
             * @static
             * @param {weft.v1.SinkValue} message SinkValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SinkValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.valueJson = "";
                    object.error = null;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.valueJson != null && $Object.hasOwnProperty.call(message, "valueJson"))
                    object.valueJson = message.valueJson;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.weft.v1.ErrorInfo.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SinkValue to JSON.
             * @function toJSON
             * @memberof weft.v1.SinkValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SinkValue.prototype.toJSON = function() {
                return SinkValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SinkValue
             * @function getTypeUrl
             * @memberof weft.v1.SinkValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SinkValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.SinkValue";
            };

            return SinkValue;
        })();

        v1.NodesMoved = (function() {

            /**
             * Properties of a NodesMoved.
             * @typedef {Object} weft.v1.NodesMoved.$Properties
             * @property {Array.<string>|null} [nodes] NodesMoved nodes
             * @property {string|null} [to] NodesMoved to
             * @property {number|null} [id] NodesMoved id
             * @property {boolean|null} [answer] NodesMoved answer
             * @property {Array.<weft.v1.NodeHost.$Properties>|null} [known] NodesMoved known
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodesMoved.
             * @memberof weft.v1
             * @interface INodesMoved
             * @augments weft.v1.NodesMoved.$Properties
             * @deprecated Use weft.v1.NodesMoved.$Properties instead.
             */

            /**
             * Shape of a NodesMoved.
             * @typedef {weft.v1.NodesMoved.$Properties} weft.v1.NodesMoved.$Shape
             */

            /**
             * Constructs a new NodesMoved.
             * @memberof weft.v1
             * @classdesc Represents a NodesMoved.
             * @constructor
             * @param {weft.v1.NodesMoved.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodesMoved = function (properties) {
                this.nodes = [];
                this.known = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodesMoved nodes.
             * @member {Array.<string>} nodes
             * @memberof weft.v1.NodesMoved
             * @instance
             */
            NodesMoved.prototype.nodes = $util.emptyArray;

            /**
             * NodesMoved to.
             * @member {string} to
             * @memberof weft.v1.NodesMoved
             * @instance
             */
            NodesMoved.prototype.to = "";

            /**
             * NodesMoved id.
             * @member {number} id
             * @memberof weft.v1.NodesMoved
             * @instance
             */
            NodesMoved.prototype.id = 0;

            /**
             * NodesMoved answer.
             * @member {boolean} answer
             * @memberof weft.v1.NodesMoved
             * @instance
             */
            NodesMoved.prototype.answer = false;

            /**
             * NodesMoved known.
             * @member {Array.<weft.v1.NodeHost.$Properties>} known
             * @memberof weft.v1.NodesMoved
             * @instance
             */
            NodesMoved.prototype.known = $util.emptyArray;

            /**
             * Creates a new NodesMoved instance using the specified properties.
             * @function create
             * @memberof weft.v1.NodesMoved
             * @static
             * @param {weft.v1.NodesMoved.$Properties=} [properties] Properties to set
             * @returns {weft.v1.NodesMoved} NodesMoved instance
             * @type {{
             *   (properties: weft.v1.NodesMoved.$Shape): weft.v1.NodesMoved & weft.v1.NodesMoved.$Shape;
             *   (properties?: weft.v1.NodesMoved.$Properties): weft.v1.NodesMoved;
             * }}
             */
            NodesMoved.create = function(properties) {
                return new NodesMoved(properties);
            };

            /**
             * Encodes the specified NodesMoved message. Does not implicitly {@link weft.v1.NodesMoved.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.NodesMoved
             * @static
             * @param {weft.v1.NodesMoved.$Properties} message NodesMoved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodesMoved.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodes != null && message.nodes.length)
                    for (let i = 0; i < message.nodes.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodes[i]);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.to);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.id);
                if (message.answer != null && $Object.hasOwnProperty.call(message, "answer") && message.answer !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.answer);
                if (message.known != null && message.known.length)
                    for (let i = 0; i < message.known.length; ++i)
                        $root.weft.v1.NodeHost.encode(message.known[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodesMoved message, length delimited. Does not implicitly {@link weft.v1.NodesMoved.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.NodesMoved
             * @static
             * @param {weft.v1.NodesMoved.$Properties} message NodesMoved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodesMoved.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodesMoved message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.NodesMoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.NodesMoved & weft.v1.NodesMoved.$Shape} NodesMoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodesMoved.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.NodesMoved();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.answer = value;
                            else
                                delete message.answer;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.known && message.known.length))
                                message.known = [];
                            message.known.push($root.weft.v1.NodeHost.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NodesMoved message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.NodesMoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.NodesMoved & weft.v1.NodesMoved.$Shape} NodesMoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodesMoved.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a NodesMoved message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.NodesMoved
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.NodesMoved} NodesMoved
             */
            NodesMoved.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.NodesMoved)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.NodesMoved: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.NodesMoved();
                if (object.nodes) {
                    if (!$Array.isArray(object.nodes))
                        throw $TypeError(".weft.v1.NodesMoved.nodes: array expected");
                    message.nodes = $Array(object.nodes.length);
                    for (let i = 0; i < object.nodes.length; ++i)
                        message.nodes[i] = $String(object.nodes[i]);
                }
                if (object.to != null)
                    if (typeof object.to !== "string" || object.to.length)
                        message.to = $String(object.to);
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.answer != null)
                    if (object.answer)
                        message.answer = $Boolean(object.answer);
                if (object.known) {
                    if (!$Array.isArray(object.known))
                        throw $TypeError(".weft.v1.NodesMoved.known: array expected");
                    message.known = $Array(object.known.length);
                    for (let i = 0; i < object.known.length; ++i) {
                        if (!$util.isObject(object.known[i]))
                            throw $TypeError(".weft.v1.NodesMoved.known: object expected");
                        message.known[i] = $root.weft.v1.NodeHost.fromObject(object.known[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a NodesMoved message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.NodesMoved
             * @static
             * @param {weft.v1.NodesMoved} message NodesMoved
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodesMoved.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.nodes = [];
                    object.known = [];
                }
                if (options.defaults) {
                    object.to = "";
                    object.id = 0;
                    object.answer = false;
                }
                if (message.nodes && message.nodes.length) {
                    object.nodes = $Array(message.nodes.length);
                    for (let j = 0; j < message.nodes.length; ++j)
                        object.nodes[j] = message.nodes[j];
                }
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = message.to;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.answer != null && $Object.hasOwnProperty.call(message, "answer"))
                    object.answer = message.answer;
                if (message.known && message.known.length) {
                    object.known = $Array(message.known.length);
                    for (let j = 0; j < message.known.length; ++j)
                        object.known[j] = $root.weft.v1.NodeHost.toObject(message.known[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this NodesMoved to JSON.
             * @function toJSON
             * @memberof weft.v1.NodesMoved
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodesMoved.prototype.toJSON = function() {
                return NodesMoved.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodesMoved
             * @function getTypeUrl
             * @memberof weft.v1.NodesMoved
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodesMoved.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.NodesMoved";
            };

            return NodesMoved;
        })();

        v1.NodeHost = (function() {

            /**
             * Properties of a NodeHost.
             * @typedef {Object} weft.v1.NodeHost.$Properties
             * @property {string|null} [node] NodeHost node
             * @property {string|null} [worker] NodeHost worker
             * @property {number|null} [moves] NodeHost moves
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeHost.
             * @memberof weft.v1
             * @interface INodeHost
             * @augments weft.v1.NodeHost.$Properties
             * @deprecated Use weft.v1.NodeHost.$Properties instead.
             */

            /**
             * Shape of a NodeHost.
             * @typedef {weft.v1.NodeHost.$Properties} weft.v1.NodeHost.$Shape
             */

            /**
             * Constructs a new NodeHost.
             * @memberof weft.v1
             * @classdesc Represents a NodeHost.
             * @constructor
             * @param {weft.v1.NodeHost.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeHost = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeHost node.
             * @member {string} node
             * @memberof weft.v1.NodeHost
             * @instance
             */
            NodeHost.prototype.node = "";

            /**
             * NodeHost worker.
             * @member {string} worker
             * @memberof weft.v1.NodeHost
             * @instance
             */
            NodeHost.prototype.worker = "";

            /**
             * NodeHost moves.
             * @member {number} moves
             * @memberof weft.v1.NodeHost
             * @instance
             */
            NodeHost.prototype.moves = 0;

            /**
             * Creates a new NodeHost instance using the specified properties.
             * @function create
             * @memberof weft.v1.NodeHost
             * @static
             * @param {weft.v1.NodeHost.$Properties=} [properties] Properties to set
             * @returns {weft.v1.NodeHost} NodeHost instance
             * @type {{
             *   (properties: weft.v1.NodeHost.$Shape): weft.v1.NodeHost & weft.v1.NodeHost.$Shape;
             *   (properties?: weft.v1.NodeHost.$Properties): weft.v1.NodeHost;
             * }}
             */
            NodeHost.create = function(properties) {
                return new NodeHost(properties);
            };

            /**
             * Encodes the specified NodeHost message. Does not implicitly {@link weft.v1.NodeHost.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.NodeHost
             * @static
             * @param {weft.v1.NodeHost.$Properties} message NodeHost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeHost.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.worker);
                if (message.moves != null && $Object.hasOwnProperty.call(message, "moves") && message.moves !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.moves);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodeHost message, length delimited. Does not implicitly {@link weft.v1.NodeHost.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.NodeHost
             * @static
             * @param {weft.v1.NodeHost.$Properties} message NodeHost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeHost.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeHost message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.NodeHost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.NodeHost & weft.v1.NodeHost.$Shape} NodeHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeHost.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.NodeHost();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.moves = value;
                            else
                                delete message.moves;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NodeHost message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.NodeHost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.NodeHost & weft.v1.NodeHost.$Shape} NodeHost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeHost.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a NodeHost message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.NodeHost
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.NodeHost} NodeHost
             */
            NodeHost.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.NodeHost)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.NodeHost: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.NodeHost();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                if (object.moves != null)
                    if ($Number(object.moves) !== 0)
                        message.moves = object.moves >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a NodeHost message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.NodeHost
             * @static
             * @param {weft.v1.NodeHost} message NodeHost
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeHost.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.worker = "";
                    object.moves = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                if (message.moves != null && $Object.hasOwnProperty.call(message, "moves"))
                    object.moves = message.moves;
                return object;
            };

            /**
             * Converts this NodeHost to JSON.
             * @function toJSON
             * @memberof weft.v1.NodeHost
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeHost.prototype.toJSON = function() {
                return NodeHost.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeHost
             * @function getTypeUrl
             * @memberof weft.v1.NodeHost
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeHost.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.NodeHost";
            };

            return NodeHost;
        })();

        v1.NodesMovedSeen = (function() {

            /**
             * Properties of a NodesMovedSeen.
             * @typedef {Object} weft.v1.NodesMovedSeen.$Properties
             * @property {number|null} [id] NodesMovedSeen id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodesMovedSeen.
             * @memberof weft.v1
             * @interface INodesMovedSeen
             * @augments weft.v1.NodesMovedSeen.$Properties
             * @deprecated Use weft.v1.NodesMovedSeen.$Properties instead.
             */

            /**
             * Shape of a NodesMovedSeen.
             * @typedef {weft.v1.NodesMovedSeen.$Properties} weft.v1.NodesMovedSeen.$Shape
             */

            /**
             * Constructs a new NodesMovedSeen.
             * @memberof weft.v1
             * @classdesc Represents a NodesMovedSeen.
             * @constructor
             * @param {weft.v1.NodesMovedSeen.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodesMovedSeen = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodesMovedSeen id.
             * @member {number} id
             * @memberof weft.v1.NodesMovedSeen
             * @instance
             */
            NodesMovedSeen.prototype.id = 0;

            /**
             * Creates a new NodesMovedSeen instance using the specified properties.
             * @function create
             * @memberof weft.v1.NodesMovedSeen
             * @static
             * @param {weft.v1.NodesMovedSeen.$Properties=} [properties] Properties to set
             * @returns {weft.v1.NodesMovedSeen} NodesMovedSeen instance
             * @type {{
             *   (properties: weft.v1.NodesMovedSeen.$Shape): weft.v1.NodesMovedSeen & weft.v1.NodesMovedSeen.$Shape;
             *   (properties?: weft.v1.NodesMovedSeen.$Properties): weft.v1.NodesMovedSeen;
             * }}
             */
            NodesMovedSeen.create = function(properties) {
                return new NodesMovedSeen(properties);
            };

            /**
             * Encodes the specified NodesMovedSeen message. Does not implicitly {@link weft.v1.NodesMovedSeen.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.NodesMovedSeen
             * @static
             * @param {weft.v1.NodesMovedSeen.$Properties} message NodesMovedSeen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodesMovedSeen.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodesMovedSeen message, length delimited. Does not implicitly {@link weft.v1.NodesMovedSeen.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.NodesMovedSeen
             * @static
             * @param {weft.v1.NodesMovedSeen.$Properties} message NodesMovedSeen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodesMovedSeen.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodesMovedSeen message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.NodesMovedSeen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.NodesMovedSeen & weft.v1.NodesMovedSeen.$Shape} NodesMovedSeen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodesMovedSeen.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.NodesMovedSeen();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NodesMovedSeen message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.NodesMovedSeen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.NodesMovedSeen & weft.v1.NodesMovedSeen.$Shape} NodesMovedSeen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodesMovedSeen.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a NodesMovedSeen message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.NodesMovedSeen
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.NodesMovedSeen} NodesMovedSeen
             */
            NodesMovedSeen.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.NodesMovedSeen)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.NodesMovedSeen: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.NodesMovedSeen();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a NodesMovedSeen message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.NodesMovedSeen
             * @static
             * @param {weft.v1.NodesMovedSeen} message NodesMovedSeen
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodesMovedSeen.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                return object;
            };

            /**
             * Converts this NodesMovedSeen to JSON.
             * @function toJSON
             * @memberof weft.v1.NodesMovedSeen
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodesMovedSeen.prototype.toJSON = function() {
                return NodesMovedSeen.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodesMovedSeen
             * @function getTypeUrl
             * @memberof weft.v1.NodesMovedSeen
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodesMovedSeen.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.NodesMovedSeen";
            };

            return NodesMovedSeen;
        })();

        v1.PartitionsMoved = (function() {

            /**
             * Properties of a PartitionsMoved.
             * @typedef {Object} weft.v1.PartitionsMoved.$Properties
             * @property {string|null} [node] PartitionsMoved node
             * @property {Array.<number>|null} [partitions] PartitionsMoved partitions
             * @property {number|null} [owner] PartitionsMoved owner
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartitionsMoved.
             * @memberof weft.v1
             * @interface IPartitionsMoved
             * @augments weft.v1.PartitionsMoved.$Properties
             * @deprecated Use weft.v1.PartitionsMoved.$Properties instead.
             */

            /**
             * Shape of a PartitionsMoved.
             * @typedef {weft.v1.PartitionsMoved.$Properties} weft.v1.PartitionsMoved.$Shape
             */

            /**
             * Constructs a new PartitionsMoved.
             * @memberof weft.v1
             * @classdesc Represents a PartitionsMoved.
             * @constructor
             * @param {weft.v1.PartitionsMoved.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartitionsMoved = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartitionsMoved node.
             * @member {string} node
             * @memberof weft.v1.PartitionsMoved
             * @instance
             */
            PartitionsMoved.prototype.node = "";

            /**
             * PartitionsMoved partitions.
             * @member {Array.<number>} partitions
             * @memberof weft.v1.PartitionsMoved
             * @instance
             */
            PartitionsMoved.prototype.partitions = $util.emptyArray;

            /**
             * PartitionsMoved owner.
             * @member {number} owner
             * @memberof weft.v1.PartitionsMoved
             * @instance
             */
            PartitionsMoved.prototype.owner = 0;

            /**
             * Creates a new PartitionsMoved instance using the specified properties.
             * @function create
             * @memberof weft.v1.PartitionsMoved
             * @static
             * @param {weft.v1.PartitionsMoved.$Properties=} [properties] Properties to set
             * @returns {weft.v1.PartitionsMoved} PartitionsMoved instance
             * @type {{
             *   (properties: weft.v1.PartitionsMoved.$Shape): weft.v1.PartitionsMoved & weft.v1.PartitionsMoved.$Shape;
             *   (properties?: weft.v1.PartitionsMoved.$Properties): weft.v1.PartitionsMoved;
             * }}
             */
            PartitionsMoved.create = function(properties) {
                return new PartitionsMoved(properties);
            };

            /**
             * Encodes the specified PartitionsMoved message. Does not implicitly {@link weft.v1.PartitionsMoved.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.PartitionsMoved
             * @static
             * @param {weft.v1.PartitionsMoved.$Properties} message PartitionsMoved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartitionsMoved.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.partitions != null && message.partitions.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.partitions);
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.owner);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PartitionsMoved message, length delimited. Does not implicitly {@link weft.v1.PartitionsMoved.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.PartitionsMoved
             * @static
             * @param {weft.v1.PartitionsMoved.$Properties} message PartitionsMoved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartitionsMoved.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PartitionsMoved message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.PartitionsMoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.PartitionsMoved & weft.v1.PartitionsMoved.$Shape} PartitionsMoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartitionsMoved.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.PartitionsMoved();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.partitions && message.partitions.length))
                                    message.partitions = [];
                                reader.uint32s(message.partitions);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.owner = value;
                            else
                                delete message.owner;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PartitionsMoved message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.PartitionsMoved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.PartitionsMoved & weft.v1.PartitionsMoved.$Shape} PartitionsMoved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartitionsMoved.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a PartitionsMoved message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.PartitionsMoved
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.PartitionsMoved} PartitionsMoved
             */
            PartitionsMoved.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.PartitionsMoved)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.PartitionsMoved: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.PartitionsMoved();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.partitions) {
                    if (!$Array.isArray(object.partitions))
                        throw $TypeError(".weft.v1.PartitionsMoved.partitions: array expected");
                    message.partitions = $Array(object.partitions.length);
                    for (let i = 0; i < object.partitions.length; ++i)
                        message.partitions[i] = object.partitions[i] >>> 0;
                }
                if (object.owner != null)
                    if ($Number(object.owner) !== 0)
                        message.owner = object.owner >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a PartitionsMoved message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.PartitionsMoved
             * @static
             * @param {weft.v1.PartitionsMoved} message PartitionsMoved
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PartitionsMoved.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.partitions = [];
                if (options.defaults) {
                    object.node = "";
                    object.owner = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.partitions && message.partitions.length) {
                    object.partitions = $Array(message.partitions.length);
                    for (let j = 0; j < message.partitions.length; ++j)
                        object.partitions[j] = message.partitions[j];
                }
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                    object.owner = message.owner;
                return object;
            };

            /**
             * Converts this PartitionsMoved to JSON.
             * @function toJSON
             * @memberof weft.v1.PartitionsMoved
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PartitionsMoved.prototype.toJSON = function() {
                return PartitionsMoved.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PartitionsMoved
             * @function getTypeUrl
             * @memberof weft.v1.PartitionsMoved
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PartitionsMoved.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.PartitionsMoved";
            };

            return PartitionsMoved;
        })();

        v1.DataMessage = (function() {

            /**
             * Properties of a DataMessage.
             * @typedef {Object} weft.v1.DataMessage.$Properties
             * @property {string|null} [runId] DataMessage runId
             * @property {number|null} [epoch] DataMessage epoch
             * @property {weft.v1.NodeValue.$Properties|null} [nodeValue] DataMessage nodeValue
             * @property {weft.v1.MapItems.$Properties|null} [mapItems] DataMessage mapItems
             * @property {weft.v1.MapResults.$Properties|null} [mapResults] DataMessage mapResults
             * @property {weft.v1.SinkValue.$Properties|null} [sinkValue] DataMessage sinkValue
             * @property {weft.v1.StageRecords.$Properties|null} [stageRecords] DataMessage stageRecords
             * @property {weft.v1.ShuffleBatch.$Properties|null} [shuffleBatch] DataMessage shuffleBatch
             * @property {weft.v1.PartialAggregate.$Properties|null} [partialAggregate] DataMessage partialAggregate
             * @property {weft.v1.GatherBatch.$Properties|null} [gatherBatch] DataMessage gatherBatch
             * @property {weft.v1.NodesMoved.$Properties|null} [nodesMoved] DataMessage nodesMoved
             * @property {weft.v1.NodesMovedSeen.$Properties|null} [nodesMovedSeen] DataMessage nodesMovedSeen
             * @property {weft.v1.PartitionsMoved.$Properties|null} [partitionsMoved] DataMessage partitionsMoved
             * @property {"nodeValue"|"mapItems"|"mapResults"|"sinkValue"|"stageRecords"|"shuffleBatch"|"partialAggregate"|"gatherBatch"|"nodesMoved"|"nodesMovedSeen"|"partitionsMoved"} [body] DataMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DataMessage.
             * @memberof weft.v1
             * @interface IDataMessage
             * @augments weft.v1.DataMessage.$Properties
             * @deprecated Use weft.v1.DataMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a DataMessage.
             * @typedef {{
             *   runId?: string|null;
             *   epoch?: number|null;
             *   nodeValue?: weft.v1.NodeValue.$Shape|null;
             *   mapItems?: weft.v1.MapItems.$Shape|null;
             *   mapResults?: weft.v1.MapResults.$Shape|null;
             *   sinkValue?: weft.v1.SinkValue.$Shape|null;
             *   stageRecords?: weft.v1.StageRecords.$Shape|null;
             *   shuffleBatch?: weft.v1.ShuffleBatch.$Shape|null;
             *   partialAggregate?: weft.v1.PartialAggregate.$Shape|null;
             *   gatherBatch?: weft.v1.GatherBatch.$Shape|null;
             *   nodesMoved?: weft.v1.NodesMoved.$Shape|null;
             *   nodesMovedSeen?: weft.v1.NodesMovedSeen.$Shape|null;
             *   partitionsMoved?: weft.v1.PartitionsMoved.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null }|{ body?: "nodeValue"; nodeValue: weft.v1.NodeValue.$Shape; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null }|{ body?: "mapItems"; nodeValue?: null; mapItems: weft.v1.MapItems.$Shape; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null }|{ body?: "mapResults"; nodeValue?: null; mapItems?: null; mapResults: weft.v1.MapResults.$Shape; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null }|{ body?: "sinkValue"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue: weft.v1.SinkValue.$Shape; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null }|{ body?: "stageRecords"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords: weft.v1.StageRecords.$Shape; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null }|{ body?: "shuffleBatch"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch: weft.v1.ShuffleBatch.$Shape; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null }|{ body?: "partialAggregate"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate: weft.v1.PartialAggregate.$Shape; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null }|{ body?: "gatherBatch"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch: weft.v1.GatherBatch.$Shape; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved?: null }|{ body?: "nodesMoved"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved: weft.v1.NodesMoved.$Shape; nodesMovedSeen?: null; partitionsMoved?: null }|{ body?: "nodesMovedSeen"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen: weft.v1.NodesMovedSeen.$Shape; partitionsMoved?: null }|{ body?: "partitionsMoved"; nodeValue?: null; mapItems?: null; mapResults?: null; sinkValue?: null; stageRecords?: null; shuffleBatch?: null; partialAggregate?: null; gatherBatch?: null; nodesMoved?: null; nodesMovedSeen?: null; partitionsMoved: weft.v1.PartitionsMoved.$Shape })
             * )} weft.v1.DataMessage.$Shape
             */

            /**
             * Constructs a new DataMessage.
             * @memberof weft.v1
             * @classdesc Represents a DataMessage.
             * @constructor
             * @param {weft.v1.DataMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DataMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DataMessage runId.
             * @member {string} runId
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.runId = "";

            /**
             * DataMessage epoch.
             * @member {number} epoch
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.epoch = 0;

            /**
             * DataMessage nodeValue.
             * @member {weft.v1.NodeValue.$Properties|null|undefined} nodeValue
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.nodeValue = null;

            /**
             * DataMessage mapItems.
             * @member {weft.v1.MapItems.$Properties|null|undefined} mapItems
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.mapItems = null;

            /**
             * DataMessage mapResults.
             * @member {weft.v1.MapResults.$Properties|null|undefined} mapResults
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.mapResults = null;

            /**
             * DataMessage sinkValue.
             * @member {weft.v1.SinkValue.$Properties|null|undefined} sinkValue
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.sinkValue = null;

            /**
             * DataMessage stageRecords.
             * @member {weft.v1.StageRecords.$Properties|null|undefined} stageRecords
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.stageRecords = null;

            /**
             * DataMessage shuffleBatch.
             * @member {weft.v1.ShuffleBatch.$Properties|null|undefined} shuffleBatch
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.shuffleBatch = null;

            /**
             * DataMessage partialAggregate.
             * @member {weft.v1.PartialAggregate.$Properties|null|undefined} partialAggregate
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.partialAggregate = null;

            /**
             * DataMessage gatherBatch.
             * @member {weft.v1.GatherBatch.$Properties|null|undefined} gatherBatch
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.gatherBatch = null;

            /**
             * DataMessage nodesMoved.
             * @member {weft.v1.NodesMoved.$Properties|null|undefined} nodesMoved
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.nodesMoved = null;

            /**
             * DataMessage nodesMovedSeen.
             * @member {weft.v1.NodesMovedSeen.$Properties|null|undefined} nodesMovedSeen
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.nodesMovedSeen = null;

            /**
             * DataMessage partitionsMoved.
             * @member {weft.v1.PartitionsMoved.$Properties|null|undefined} partitionsMoved
             * @memberof weft.v1.DataMessage
             * @instance
             */
            DataMessage.prototype.partitionsMoved = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * DataMessage body.
             * @member {"nodeValue"|"mapItems"|"mapResults"|"sinkValue"|"stageRecords"|"shuffleBatch"|"partialAggregate"|"gatherBatch"|"nodesMoved"|"nodesMovedSeen"|"partitionsMoved"|undefined} body
             * @memberof weft.v1.DataMessage
             * @instance
             */
            $Object.defineProperty(DataMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["nodeValue", "mapItems", "mapResults", "sinkValue", "stageRecords", "shuffleBatch", "partialAggregate", "gatherBatch", "nodesMoved", "nodesMovedSeen", "partitionsMoved"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new DataMessage instance using the specified properties.
             * @function create
             * @memberof weft.v1.DataMessage
             * @static
             * @param {weft.v1.DataMessage.$Properties=} [properties] Properties to set
             * @returns {weft.v1.DataMessage} DataMessage instance
             * @type {{
             *   (properties: weft.v1.DataMessage.$Shape): weft.v1.DataMessage & weft.v1.DataMessage.$Shape;
             *   (properties?: weft.v1.DataMessage.$Properties): weft.v1.DataMessage;
             * }}
             */
            DataMessage.create = function(properties) {
                return new DataMessage(properties);
            };

            /**
             * Encodes the specified DataMessage message. Does not implicitly {@link weft.v1.DataMessage.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.DataMessage
             * @static
             * @param {weft.v1.DataMessage.$Properties} message DataMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.nodeValue != null && $Object.hasOwnProperty.call(message, "nodeValue"))
                    $root.weft.v1.NodeValue.encode(message.nodeValue, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.mapItems != null && $Object.hasOwnProperty.call(message, "mapItems"))
                    $root.weft.v1.MapItems.encode(message.mapItems, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.mapResults != null && $Object.hasOwnProperty.call(message, "mapResults"))
                    $root.weft.v1.MapResults.encode(message.mapResults, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.sinkValue != null && $Object.hasOwnProperty.call(message, "sinkValue"))
                    $root.weft.v1.SinkValue.encode(message.sinkValue, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.stageRecords != null && $Object.hasOwnProperty.call(message, "stageRecords"))
                    $root.weft.v1.StageRecords.encode(message.stageRecords, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.shuffleBatch != null && $Object.hasOwnProperty.call(message, "shuffleBatch"))
                    $root.weft.v1.ShuffleBatch.encode(message.shuffleBatch, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.partialAggregate != null && $Object.hasOwnProperty.call(message, "partialAggregate"))
                    $root.weft.v1.PartialAggregate.encode(message.partialAggregate, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.gatherBatch != null && $Object.hasOwnProperty.call(message, "gatherBatch"))
                    $root.weft.v1.GatherBatch.encode(message.gatherBatch, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.epoch);
                if (message.nodesMoved != null && $Object.hasOwnProperty.call(message, "nodesMoved"))
                    $root.weft.v1.NodesMoved.encode(message.nodesMoved, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.nodesMovedSeen != null && $Object.hasOwnProperty.call(message, "nodesMovedSeen"))
                    $root.weft.v1.NodesMovedSeen.encode(message.nodesMovedSeen, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.partitionsMoved != null && $Object.hasOwnProperty.call(message, "partitionsMoved"))
                    $root.weft.v1.PartitionsMoved.encode(message.partitionsMoved, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DataMessage message, length delimited. Does not implicitly {@link weft.v1.DataMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.DataMessage
             * @static
             * @param {weft.v1.DataMessage.$Properties} message DataMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DataMessage message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.DataMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.DataMessage & weft.v1.DataMessage.$Shape} DataMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.DataMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.nodeValue = $root.weft.v1.NodeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.nodeValue);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.mapItems = $root.weft.v1.MapItems.decode(reader, reader.size(), $undefined, _depth + 1, message.mapItems);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.mapResults = $root.weft.v1.MapResults.decode(reader, reader.size(), $undefined, _depth + 1, message.mapResults);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.sinkValue = $root.weft.v1.SinkValue.decode(reader, reader.size(), $undefined, _depth + 1, message.sinkValue);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.stageRecords = $root.weft.v1.StageRecords.decode(reader, reader.size(), $undefined, _depth + 1, message.stageRecords);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.shuffleBatch = $root.weft.v1.ShuffleBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.shuffleBatch);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.partialAggregate = $root.weft.v1.PartialAggregate.decode(reader, reader.size(), $undefined, _depth + 1, message.partialAggregate);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.gatherBatch = $root.weft.v1.GatherBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.gatherBatch);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.nodesMoved = $root.weft.v1.NodesMoved.decode(reader, reader.size(), $undefined, _depth + 1, message.nodesMoved);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.nodesMovedSeen = $root.weft.v1.NodesMovedSeen.decode(reader, reader.size(), $undefined, _depth + 1, message.nodesMovedSeen);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.partitionsMoved = $root.weft.v1.PartitionsMoved.decode(reader, reader.size(), $undefined, _depth + 1, message.partitionsMoved);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DataMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.DataMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.DataMessage & weft.v1.DataMessage.$Shape} DataMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a DataMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.DataMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.DataMessage} DataMessage
             */
            DataMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.DataMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.DataMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.DataMessage();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.nodeValue != null) {
                    if (!$util.isObject(object.nodeValue))
                        throw $TypeError(".weft.v1.DataMessage.nodeValue: object expected");
                    message.nodeValue = $root.weft.v1.NodeValue.fromObject(object.nodeValue, _depth + 1);
                }
                if (object.mapItems != null) {
                    if (!$util.isObject(object.mapItems))
                        throw $TypeError(".weft.v1.DataMessage.mapItems: object expected");
                    message.mapItems = $root.weft.v1.MapItems.fromObject(object.mapItems, _depth + 1);
                }
                if (object.mapResults != null) {
                    if (!$util.isObject(object.mapResults))
                        throw $TypeError(".weft.v1.DataMessage.mapResults: object expected");
                    message.mapResults = $root.weft.v1.MapResults.fromObject(object.mapResults, _depth + 1);
                }
                if (object.sinkValue != null) {
                    if (!$util.isObject(object.sinkValue))
                        throw $TypeError(".weft.v1.DataMessage.sinkValue: object expected");
                    message.sinkValue = $root.weft.v1.SinkValue.fromObject(object.sinkValue, _depth + 1);
                }
                if (object.stageRecords != null) {
                    if (!$util.isObject(object.stageRecords))
                        throw $TypeError(".weft.v1.DataMessage.stageRecords: object expected");
                    message.stageRecords = $root.weft.v1.StageRecords.fromObject(object.stageRecords, _depth + 1);
                }
                if (object.shuffleBatch != null) {
                    if (!$util.isObject(object.shuffleBatch))
                        throw $TypeError(".weft.v1.DataMessage.shuffleBatch: object expected");
                    message.shuffleBatch = $root.weft.v1.ShuffleBatch.fromObject(object.shuffleBatch, _depth + 1);
                }
                if (object.partialAggregate != null) {
                    if (!$util.isObject(object.partialAggregate))
                        throw $TypeError(".weft.v1.DataMessage.partialAggregate: object expected");
                    message.partialAggregate = $root.weft.v1.PartialAggregate.fromObject(object.partialAggregate, _depth + 1);
                }
                if (object.gatherBatch != null) {
                    if (!$util.isObject(object.gatherBatch))
                        throw $TypeError(".weft.v1.DataMessage.gatherBatch: object expected");
                    message.gatherBatch = $root.weft.v1.GatherBatch.fromObject(object.gatherBatch, _depth + 1);
                }
                if (object.nodesMoved != null) {
                    if (!$util.isObject(object.nodesMoved))
                        throw $TypeError(".weft.v1.DataMessage.nodesMoved: object expected");
                    message.nodesMoved = $root.weft.v1.NodesMoved.fromObject(object.nodesMoved, _depth + 1);
                }
                if (object.nodesMovedSeen != null) {
                    if (!$util.isObject(object.nodesMovedSeen))
                        throw $TypeError(".weft.v1.DataMessage.nodesMovedSeen: object expected");
                    message.nodesMovedSeen = $root.weft.v1.NodesMovedSeen.fromObject(object.nodesMovedSeen, _depth + 1);
                }
                if (object.partitionsMoved != null) {
                    if (!$util.isObject(object.partitionsMoved))
                        throw $TypeError(".weft.v1.DataMessage.partitionsMoved: object expected");
                    message.partitionsMoved = $root.weft.v1.PartitionsMoved.fromObject(object.partitionsMoved, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DataMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.DataMessage
             * @static
             * @param {weft.v1.DataMessage} message DataMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DataMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.runId = "";
                    object.epoch = 0;
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.nodeValue != null && $Object.hasOwnProperty.call(message, "nodeValue")) {
                    object.nodeValue = $root.weft.v1.NodeValue.toObject(message.nodeValue, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "nodeValue";
                }
                if (message.mapItems != null && $Object.hasOwnProperty.call(message, "mapItems")) {
                    object.mapItems = $root.weft.v1.MapItems.toObject(message.mapItems, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "mapItems";
                }
                if (message.mapResults != null && $Object.hasOwnProperty.call(message, "mapResults")) {
                    object.mapResults = $root.weft.v1.MapResults.toObject(message.mapResults, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "mapResults";
                }
                if (message.sinkValue != null && $Object.hasOwnProperty.call(message, "sinkValue")) {
                    object.sinkValue = $root.weft.v1.SinkValue.toObject(message.sinkValue, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "sinkValue";
                }
                if (message.stageRecords != null && $Object.hasOwnProperty.call(message, "stageRecords")) {
                    object.stageRecords = $root.weft.v1.StageRecords.toObject(message.stageRecords, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "stageRecords";
                }
                if (message.shuffleBatch != null && $Object.hasOwnProperty.call(message, "shuffleBatch")) {
                    object.shuffleBatch = $root.weft.v1.ShuffleBatch.toObject(message.shuffleBatch, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "shuffleBatch";
                }
                if (message.partialAggregate != null && $Object.hasOwnProperty.call(message, "partialAggregate")) {
                    object.partialAggregate = $root.weft.v1.PartialAggregate.toObject(message.partialAggregate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "partialAggregate";
                }
                if (message.gatherBatch != null && $Object.hasOwnProperty.call(message, "gatherBatch")) {
                    object.gatherBatch = $root.weft.v1.GatherBatch.toObject(message.gatherBatch, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "gatherBatch";
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.nodesMoved != null && $Object.hasOwnProperty.call(message, "nodesMoved")) {
                    object.nodesMoved = $root.weft.v1.NodesMoved.toObject(message.nodesMoved, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "nodesMoved";
                }
                if (message.nodesMovedSeen != null && $Object.hasOwnProperty.call(message, "nodesMovedSeen")) {
                    object.nodesMovedSeen = $root.weft.v1.NodesMovedSeen.toObject(message.nodesMovedSeen, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "nodesMovedSeen";
                }
                if (message.partitionsMoved != null && $Object.hasOwnProperty.call(message, "partitionsMoved")) {
                    object.partitionsMoved = $root.weft.v1.PartitionsMoved.toObject(message.partitionsMoved, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "partitionsMoved";
                }
                return object;
            };

            /**
             * Converts this DataMessage to JSON.
             * @function toJSON
             * @memberof weft.v1.DataMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DataMessage.prototype.toJSON = function() {
                return DataMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DataMessage
             * @function getTypeUrl
             * @memberof weft.v1.DataMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DataMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.DataMessage";
            };

            return DataMessage;
        })();

        v1.DataChunk = (function() {

            /**
             * Properties of a DataChunk.
             * @typedef {Object} weft.v1.DataChunk.$Properties
             * @property {string|null} [transferId] DataChunk transferId
             * @property {number|null} [seq] DataChunk seq
             * @property {number|null} [count] DataChunk count
             * @property {Uint8Array|null} [data] DataChunk data
             * @property {string|null} [sender] DataChunk sender
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DataChunk.
             * @memberof weft.v1
             * @interface IDataChunk
             * @augments weft.v1.DataChunk.$Properties
             * @deprecated Use weft.v1.DataChunk.$Properties instead.
             */

            /**
             * Shape of a DataChunk.
             * @typedef {weft.v1.DataChunk.$Properties} weft.v1.DataChunk.$Shape
             */

            /**
             * Constructs a new DataChunk.
             * @memberof weft.v1
             * @classdesc Represents a DataChunk.
             * @constructor
             * @param {weft.v1.DataChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DataChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DataChunk transferId.
             * @member {string} transferId
             * @memberof weft.v1.DataChunk
             * @instance
             */
            DataChunk.prototype.transferId = "";

            /**
             * DataChunk seq.
             * @member {number} seq
             * @memberof weft.v1.DataChunk
             * @instance
             */
            DataChunk.prototype.seq = 0;

            /**
             * DataChunk count.
             * @member {number} count
             * @memberof weft.v1.DataChunk
             * @instance
             */
            DataChunk.prototype.count = 0;

            /**
             * DataChunk data.
             * @member {Uint8Array} data
             * @memberof weft.v1.DataChunk
             * @instance
             */
            DataChunk.prototype.data = $util.newBuffer([]);

            /**
             * DataChunk sender.
             * @member {string} sender
             * @memberof weft.v1.DataChunk
             * @instance
             */
            DataChunk.prototype.sender = "";

            /**
             * Creates a new DataChunk instance using the specified properties.
             * @function create
             * @memberof weft.v1.DataChunk
             * @static
             * @param {weft.v1.DataChunk.$Properties=} [properties] Properties to set
             * @returns {weft.v1.DataChunk} DataChunk instance
             * @type {{
             *   (properties: weft.v1.DataChunk.$Shape): weft.v1.DataChunk & weft.v1.DataChunk.$Shape;
             *   (properties?: weft.v1.DataChunk.$Properties): weft.v1.DataChunk;
             * }}
             */
            DataChunk.create = function(properties) {
                return new DataChunk(properties);
            };

            /**
             * Encodes the specified DataChunk message. Does not implicitly {@link weft.v1.DataChunk.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.DataChunk
             * @static
             * @param {weft.v1.DataChunk.$Properties} message DataChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId") && message.transferId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transferId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.seq);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.count);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.sender);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DataChunk message, length delimited. Does not implicitly {@link weft.v1.DataChunk.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.DataChunk
             * @static
             * @param {weft.v1.DataChunk.$Properties} message DataChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataChunk.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DataChunk message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.DataChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.DataChunk & weft.v1.DataChunk.$Shape} DataChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.DataChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transferId = value;
                            else
                                delete message.transferId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DataChunk message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.DataChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.DataChunk & weft.v1.DataChunk.$Shape} DataChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataChunk.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a DataChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.DataChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.DataChunk} DataChunk
             */
            DataChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.DataChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.DataChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.DataChunk();
                if (object.transferId != null)
                    if (typeof object.transferId !== "string" || object.transferId.length)
                        message.transferId = $String(object.transferId);
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.sender != null)
                    if (typeof object.sender !== "string" || object.sender.length)
                        message.sender = $String(object.sender);
                return message;
            };

            /**
             * Creates a plain object from a DataChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.DataChunk
             * @static
             * @param {weft.v1.DataChunk} message DataChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DataChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.transferId = "";
                    object.seq = 0;
                    object.count = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.sender = "";
                }
                if (message.transferId != null && $Object.hasOwnProperty.call(message, "transferId"))
                    object.transferId = message.transferId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    object.sender = message.sender;
                return object;
            };

            /**
             * Converts this DataChunk to JSON.
             * @function toJSON
             * @memberof weft.v1.DataChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DataChunk.prototype.toJSON = function() {
                return DataChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DataChunk
             * @function getTypeUrl
             * @memberof weft.v1.DataChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DataChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.DataChunk";
            };

            return DataChunk;
        })();

        v1.NodeProgress = (function() {

            /**
             * Properties of a NodeProgress.
             * @typedef {Object} weft.v1.NodeProgress.$Properties
             * @property {string|null} [node] NodeProgress node
             * @property {number|null} [total] NodeProgress total
             * @property {number|null} [succeeded] NodeProgress succeeded
             * @property {number|null} [failed] NodeProgress failed
             * @property {number|null} [running] NodeProgress running
             * @property {number|null} [retries] NodeProgress retries
             * @property {number|null} [cancelled] NodeProgress cancelled
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeProgress.
             * @memberof weft.v1
             * @interface INodeProgress
             * @augments weft.v1.NodeProgress.$Properties
             * @deprecated Use weft.v1.NodeProgress.$Properties instead.
             */

            /**
             * Shape of a NodeProgress.
             * @typedef {weft.v1.NodeProgress.$Properties} weft.v1.NodeProgress.$Shape
             */

            /**
             * Constructs a new NodeProgress.
             * @memberof weft.v1
             * @classdesc Represents a NodeProgress.
             * @constructor
             * @param {weft.v1.NodeProgress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeProgress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeProgress node.
             * @member {string} node
             * @memberof weft.v1.NodeProgress
             * @instance
             */
            NodeProgress.prototype.node = "";

            /**
             * NodeProgress total.
             * @member {number} total
             * @memberof weft.v1.NodeProgress
             * @instance
             */
            NodeProgress.prototype.total = 0;

            /**
             * NodeProgress succeeded.
             * @member {number} succeeded
             * @memberof weft.v1.NodeProgress
             * @instance
             */
            NodeProgress.prototype.succeeded = 0;

            /**
             * NodeProgress failed.
             * @member {number} failed
             * @memberof weft.v1.NodeProgress
             * @instance
             */
            NodeProgress.prototype.failed = 0;

            /**
             * NodeProgress running.
             * @member {number} running
             * @memberof weft.v1.NodeProgress
             * @instance
             */
            NodeProgress.prototype.running = 0;

            /**
             * NodeProgress retries.
             * @member {number} retries
             * @memberof weft.v1.NodeProgress
             * @instance
             */
            NodeProgress.prototype.retries = 0;

            /**
             * NodeProgress cancelled.
             * @member {number} cancelled
             * @memberof weft.v1.NodeProgress
             * @instance
             */
            NodeProgress.prototype.cancelled = 0;

            /**
             * Creates a new NodeProgress instance using the specified properties.
             * @function create
             * @memberof weft.v1.NodeProgress
             * @static
             * @param {weft.v1.NodeProgress.$Properties=} [properties] Properties to set
             * @returns {weft.v1.NodeProgress} NodeProgress instance
             * @type {{
             *   (properties: weft.v1.NodeProgress.$Shape): weft.v1.NodeProgress & weft.v1.NodeProgress.$Shape;
             *   (properties?: weft.v1.NodeProgress.$Properties): weft.v1.NodeProgress;
             * }}
             */
            NodeProgress.create = function(properties) {
                return new NodeProgress(properties);
            };

            /**
             * Encodes the specified NodeProgress message. Does not implicitly {@link weft.v1.NodeProgress.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.NodeProgress
             * @static
             * @param {weft.v1.NodeProgress.$Properties} message NodeProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeProgress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.total);
                if (message.succeeded != null && $Object.hasOwnProperty.call(message, "succeeded") && message.succeeded !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.succeeded);
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed") && message.failed !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.failed);
                if (message.running != null && $Object.hasOwnProperty.call(message, "running") && message.running !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.running);
                if (message.retries != null && $Object.hasOwnProperty.call(message, "retries") && message.retries !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.retries);
                if (message.cancelled != null && $Object.hasOwnProperty.call(message, "cancelled") && message.cancelled !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.cancelled);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodeProgress message, length delimited. Does not implicitly {@link weft.v1.NodeProgress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.NodeProgress
             * @static
             * @param {weft.v1.NodeProgress.$Properties} message NodeProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeProgress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeProgress message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.NodeProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.NodeProgress & weft.v1.NodeProgress.$Shape} NodeProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeProgress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.NodeProgress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.succeeded = value;
                            else
                                delete message.succeeded;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.failed = value;
                            else
                                delete message.failed;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.running = value;
                            else
                                delete message.running;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retries = value;
                            else
                                delete message.retries;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cancelled = value;
                            else
                                delete message.cancelled;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NodeProgress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.NodeProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.NodeProgress & weft.v1.NodeProgress.$Shape} NodeProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeProgress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a NodeProgress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.NodeProgress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.NodeProgress} NodeProgress
             */
            NodeProgress.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.NodeProgress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.NodeProgress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.NodeProgress();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.total != null)
                    if ($Number(object.total) !== 0)
                        message.total = object.total >>> 0;
                if (object.succeeded != null)
                    if ($Number(object.succeeded) !== 0)
                        message.succeeded = object.succeeded >>> 0;
                if (object.failed != null)
                    if ($Number(object.failed) !== 0)
                        message.failed = object.failed >>> 0;
                if (object.running != null)
                    if ($Number(object.running) !== 0)
                        message.running = object.running >>> 0;
                if (object.retries != null)
                    if ($Number(object.retries) !== 0)
                        message.retries = object.retries >>> 0;
                if (object.cancelled != null)
                    if ($Number(object.cancelled) !== 0)
                        message.cancelled = object.cancelled >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a NodeProgress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.NodeProgress
             * @static
             * @param {weft.v1.NodeProgress} message NodeProgress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeProgress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.total = 0;
                    object.succeeded = 0;
                    object.failed = 0;
                    object.running = 0;
                    object.retries = 0;
                    object.cancelled = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    object.total = message.total;
                if (message.succeeded != null && $Object.hasOwnProperty.call(message, "succeeded"))
                    object.succeeded = message.succeeded;
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed"))
                    object.failed = message.failed;
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    object.running = message.running;
                if (message.retries != null && $Object.hasOwnProperty.call(message, "retries"))
                    object.retries = message.retries;
                if (message.cancelled != null && $Object.hasOwnProperty.call(message, "cancelled"))
                    object.cancelled = message.cancelled;
                return object;
            };

            /**
             * Converts this NodeProgress to JSON.
             * @function toJSON
             * @memberof weft.v1.NodeProgress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeProgress.prototype.toJSON = function() {
                return NodeProgress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeProgress
             * @function getTypeUrl
             * @memberof weft.v1.NodeProgress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeProgress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.NodeProgress";
            };

            return NodeProgress;
        })();

        v1.TaskFailure = (function() {

            /**
             * Properties of a TaskFailure.
             * @typedef {Object} weft.v1.TaskFailure.$Properties
             * @property {string|null} [taskId] TaskFailure taskId
             * @property {number|null} [attempt] TaskFailure attempt
             * @property {weft.v1.ErrorInfo.$Properties|null} [error] TaskFailure error
             * @property {string|null} [worker] TaskFailure worker
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskFailure.
             * @memberof weft.v1
             * @interface ITaskFailure
             * @augments weft.v1.TaskFailure.$Properties
             * @deprecated Use weft.v1.TaskFailure.$Properties instead.
             */

            /**
             * Shape of a TaskFailure.
             * @typedef {weft.v1.TaskFailure.$Properties} weft.v1.TaskFailure.$Shape
             */

            /**
             * Constructs a new TaskFailure.
             * @memberof weft.v1
             * @classdesc Represents a TaskFailure.
             * @constructor
             * @param {weft.v1.TaskFailure.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskFailure = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskFailure taskId.
             * @member {string} taskId
             * @memberof weft.v1.TaskFailure
             * @instance
             */
            TaskFailure.prototype.taskId = "";

            /**
             * TaskFailure attempt.
             * @member {number} attempt
             * @memberof weft.v1.TaskFailure
             * @instance
             */
            TaskFailure.prototype.attempt = 0;

            /**
             * TaskFailure error.
             * @member {weft.v1.ErrorInfo.$Properties|null|undefined} error
             * @memberof weft.v1.TaskFailure
             * @instance
             */
            TaskFailure.prototype.error = null;

            /**
             * TaskFailure worker.
             * @member {string} worker
             * @memberof weft.v1.TaskFailure
             * @instance
             */
            TaskFailure.prototype.worker = "";

            /**
             * Creates a new TaskFailure instance using the specified properties.
             * @function create
             * @memberof weft.v1.TaskFailure
             * @static
             * @param {weft.v1.TaskFailure.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TaskFailure} TaskFailure instance
             * @type {{
             *   (properties: weft.v1.TaskFailure.$Shape): weft.v1.TaskFailure & weft.v1.TaskFailure.$Shape;
             *   (properties?: weft.v1.TaskFailure.$Properties): weft.v1.TaskFailure;
             * }}
             */
            TaskFailure.create = function(properties) {
                return new TaskFailure(properties);
            };

            /**
             * Encodes the specified TaskFailure message. Does not implicitly {@link weft.v1.TaskFailure.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TaskFailure
             * @static
             * @param {weft.v1.TaskFailure.$Properties} message TaskFailure message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskFailure.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.weft.v1.ErrorInfo.encode(message.error, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.worker);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TaskFailure message, length delimited. Does not implicitly {@link weft.v1.TaskFailure.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.TaskFailure
             * @static
             * @param {weft.v1.TaskFailure.$Properties} message TaskFailure message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskFailure.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TaskFailure message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TaskFailure
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TaskFailure & weft.v1.TaskFailure.$Shape} TaskFailure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskFailure.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TaskFailure();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.weft.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TaskFailure message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.TaskFailure
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.TaskFailure & weft.v1.TaskFailure.$Shape} TaskFailure
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskFailure.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a TaskFailure message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TaskFailure
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TaskFailure} TaskFailure
             */
            TaskFailure.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TaskFailure)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TaskFailure: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TaskFailure();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".weft.v1.TaskFailure.error: object expected");
                    message.error = $root.weft.v1.ErrorInfo.fromObject(object.error, _depth + 1);
                }
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                return message;
            };

            /**
             * Creates a plain object from a TaskFailure message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TaskFailure
             * @static
             * @param {weft.v1.TaskFailure} message TaskFailure
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskFailure.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.attempt = 0;
                    object.error = null;
                    object.worker = "";
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.weft.v1.ErrorInfo.toObject(message.error, options, _depth + 1);
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                return object;
            };

            /**
             * Converts this TaskFailure to JSON.
             * @function toJSON
             * @memberof weft.v1.TaskFailure
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskFailure.prototype.toJSON = function() {
                return TaskFailure.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskFailure
             * @function getTypeUrl
             * @memberof weft.v1.TaskFailure
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskFailure.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TaskFailure";
            };

            return TaskFailure;
        })();

        v1.RunRecord = (function() {

            /**
             * Properties of a RunRecord.
             * @typedef {Object} weft.v1.RunRecord.$Properties
             * @property {string|null} [runId] RunRecord runId
             * @property {string|null} [workflow] RunRecord workflow
             * @property {string|null} [state] RunRecord state
             * @property {string|null} [bundleHash] RunRecord bundleHash
             * @property {string|null} [inputJson] RunRecord inputJson
             * @property {number|null} [submittedAtMs] RunRecord submittedAtMs
             * @property {number|null} [endedAtMs] RunRecord endedAtMs
             * @property {weft.v1.ErrorInfo.$Properties|null} [error] RunRecord error
             * @property {string|null} [resultJson] RunRecord resultJson
             * @property {number|null} [tasksTotal] RunRecord tasksTotal
             * @property {number|null} [tasksDone] RunRecord tasksDone
             * @property {Array.<weft.v1.NodeProgress.$Properties>|null} [nodes] RunRecord nodes
             * @property {Array.<weft.v1.TaskFailure.$Properties>|null} [failures] RunRecord failures
             * @property {weft.v1.Placement.$Properties|null} [placement] RunRecord placement
             * @property {weft.v1.WorkflowGraph.$Properties|null} [graph] RunRecord graph
             * @property {string|null} [coordinator] RunRecord coordinator
             * @property {Array.<weft.v1.EdgeStats.$Properties>|null} [edges] RunRecord edges
             * @property {number|null} [epoch] RunRecord epoch
             * @property {Array.<weft.v1.TaskAttempt.$Properties>|null} [attempts] RunRecord attempts
             * @property {number|null} [deadlineAtMs] RunRecord deadlineAtMs
             * @property {weft.v1.RunOrigin.$Properties|null} [origin] RunRecord origin
             * @property {weft.v1.RunCost.$Properties|null} [cost] RunRecord cost
             * @property {string|null} [owner] RunRecord owner
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunRecord.
             * @memberof weft.v1
             * @interface IRunRecord
             * @augments weft.v1.RunRecord.$Properties
             * @deprecated Use weft.v1.RunRecord.$Properties instead.
             */

            /**
             * Shape of a RunRecord.
             * @typedef {weft.v1.RunRecord.$Properties} weft.v1.RunRecord.$Shape
             */

            /**
             * Constructs a new RunRecord.
             * @memberof weft.v1
             * @classdesc Represents a RunRecord.
             * @constructor
             * @param {weft.v1.RunRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunRecord = function (properties) {
                this.nodes = [];
                this.failures = [];
                this.edges = [];
                this.attempts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunRecord runId.
             * @member {string} runId
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.runId = "";

            /**
             * RunRecord workflow.
             * @member {string} workflow
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.workflow = "";

            /**
             * RunRecord state.
             * @member {string} state
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.state = "";

            /**
             * RunRecord bundleHash.
             * @member {string} bundleHash
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.bundleHash = "";

            /**
             * RunRecord inputJson.
             * @member {string} inputJson
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.inputJson = "";

            /**
             * RunRecord submittedAtMs.
             * @member {number} submittedAtMs
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.submittedAtMs = 0;

            /**
             * RunRecord endedAtMs.
             * @member {number} endedAtMs
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.endedAtMs = 0;

            /**
             * RunRecord error.
             * @member {weft.v1.ErrorInfo.$Properties|null|undefined} error
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.error = null;

            /**
             * RunRecord resultJson.
             * @member {string} resultJson
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.resultJson = "";

            /**
             * RunRecord tasksTotal.
             * @member {number} tasksTotal
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.tasksTotal = 0;

            /**
             * RunRecord tasksDone.
             * @member {number} tasksDone
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.tasksDone = 0;

            /**
             * RunRecord nodes.
             * @member {Array.<weft.v1.NodeProgress.$Properties>} nodes
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.nodes = $util.emptyArray;

            /**
             * RunRecord failures.
             * @member {Array.<weft.v1.TaskFailure.$Properties>} failures
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.failures = $util.emptyArray;

            /**
             * RunRecord placement.
             * @member {weft.v1.Placement.$Properties|null|undefined} placement
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.placement = null;

            /**
             * RunRecord graph.
             * @member {weft.v1.WorkflowGraph.$Properties|null|undefined} graph
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.graph = null;

            /**
             * RunRecord coordinator.
             * @member {string} coordinator
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.coordinator = "";

            /**
             * RunRecord edges.
             * @member {Array.<weft.v1.EdgeStats.$Properties>} edges
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.edges = $util.emptyArray;

            /**
             * RunRecord epoch.
             * @member {number} epoch
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.epoch = 0;

            /**
             * RunRecord attempts.
             * @member {Array.<weft.v1.TaskAttempt.$Properties>} attempts
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.attempts = $util.emptyArray;

            /**
             * RunRecord deadlineAtMs.
             * @member {number} deadlineAtMs
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.deadlineAtMs = 0;

            /**
             * RunRecord origin.
             * @member {weft.v1.RunOrigin.$Properties|null|undefined} origin
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.origin = null;

            /**
             * RunRecord cost.
             * @member {weft.v1.RunCost.$Properties|null|undefined} cost
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.cost = null;

            /**
             * RunRecord owner.
             * @member {string} owner
             * @memberof weft.v1.RunRecord
             * @instance
             */
            RunRecord.prototype.owner = "";

            /**
             * Creates a new RunRecord instance using the specified properties.
             * @function create
             * @memberof weft.v1.RunRecord
             * @static
             * @param {weft.v1.RunRecord.$Properties=} [properties] Properties to set
             * @returns {weft.v1.RunRecord} RunRecord instance
             * @type {{
             *   (properties: weft.v1.RunRecord.$Shape): weft.v1.RunRecord & weft.v1.RunRecord.$Shape;
             *   (properties?: weft.v1.RunRecord.$Properties): weft.v1.RunRecord;
             * }}
             */
            RunRecord.create = function(properties) {
                return new RunRecord(properties);
            };

            /**
             * Encodes the specified RunRecord message. Does not implicitly {@link weft.v1.RunRecord.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.RunRecord
             * @static
             * @param {weft.v1.RunRecord.$Properties} message RunRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.workflow != null && $Object.hasOwnProperty.call(message, "workflow") && message.workflow !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.workflow);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.state);
                if (message.bundleHash != null && $Object.hasOwnProperty.call(message, "bundleHash") && message.bundleHash !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.bundleHash);
                if (message.inputJson != null && $Object.hasOwnProperty.call(message, "inputJson") && message.inputJson !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.inputJson);
                if (message.submittedAtMs != null && $Object.hasOwnProperty.call(message, "submittedAtMs") && !$Object.is(message.submittedAtMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.submittedAtMs);
                if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs") && !$Object.is(message.endedAtMs, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.endedAtMs);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.weft.v1.ErrorInfo.encode(message.error, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.resultJson != null && $Object.hasOwnProperty.call(message, "resultJson") && message.resultJson !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.resultJson);
                if (message.tasksTotal != null && $Object.hasOwnProperty.call(message, "tasksTotal") && message.tasksTotal !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.tasksTotal);
                if (message.tasksDone != null && $Object.hasOwnProperty.call(message, "tasksDone") && message.tasksDone !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.tasksDone);
                if (message.nodes != null && message.nodes.length)
                    for (let i = 0; i < message.nodes.length; ++i)
                        $root.weft.v1.NodeProgress.encode(message.nodes[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.failures != null && message.failures.length)
                    for (let i = 0; i < message.failures.length; ++i)
                        $root.weft.v1.TaskFailure.encode(message.failures[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.placement != null && $Object.hasOwnProperty.call(message, "placement"))
                    $root.weft.v1.Placement.encode(message.placement, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.graph != null && $Object.hasOwnProperty.call(message, "graph"))
                    $root.weft.v1.WorkflowGraph.encode(message.graph, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.coordinator);
                if (message.edges != null && message.edges.length)
                    for (let i = 0; i < message.edges.length; ++i)
                        $root.weft.v1.EdgeStats.encode(message.edges[i], writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.epoch);
                if (message.attempts != null && message.attempts.length)
                    for (let i = 0; i < message.attempts.length; ++i)
                        $root.weft.v1.TaskAttempt.encode(message.attempts[i], writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.deadlineAtMs != null && $Object.hasOwnProperty.call(message, "deadlineAtMs") && !$Object.is(message.deadlineAtMs, 0))
                    writer.uint32(/* id 20, wireType 1 =*/161).double(message.deadlineAtMs);
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    $root.weft.v1.RunOrigin.encode(message.origin, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.cost != null && $Object.hasOwnProperty.call(message, "cost"))
                    $root.weft.v1.RunCost.encode(message.cost, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                    writer.uint32(/* id 23, wireType 2 =*/186).string(message.owner);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunRecord message, length delimited. Does not implicitly {@link weft.v1.RunRecord.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.RunRecord
             * @static
             * @param {weft.v1.RunRecord.$Properties} message RunRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunRecord message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.RunRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.RunRecord & weft.v1.RunRecord.$Shape} RunRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.RunRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflow = value;
                            else
                                delete message.workflow;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bundleHash = value;
                            else
                                delete message.bundleHash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.inputJson = value;
                            else
                                delete message.inputJson;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.submittedAtMs = value;
                            else
                                delete message.submittedAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.endedAtMs = value;
                            else
                                delete message.endedAtMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.weft.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resultJson = value;
                            else
                                delete message.resultJson;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tasksTotal = value;
                            else
                                delete message.tasksTotal;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tasksDone = value;
                            else
                                delete message.tasksDone;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push($root.weft.v1.NodeProgress.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.failures && message.failures.length))
                                message.failures = [];
                            message.failures.push($root.weft.v1.TaskFailure.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.placement = $root.weft.v1.Placement.decode(reader, reader.size(), $undefined, _depth + 1, message.placement);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.graph = $root.weft.v1.WorkflowGraph.decode(reader, reader.size(), $undefined, _depth + 1, message.graph);
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.coordinator = value;
                            else
                                delete message.coordinator;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (!(message.edges && message.edges.length))
                                message.edges = [];
                            message.edges.push($root.weft.v1.EdgeStats.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attempts && message.attempts.length))
                                message.attempts = [];
                            message.attempts.push($root.weft.v1.TaskAttempt.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 20: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.deadlineAtMs = value;
                            else
                                delete message.deadlineAtMs;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.origin = $root.weft.v1.RunOrigin.decode(reader, reader.size(), $undefined, _depth + 1, message.origin);
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.cost = $root.weft.v1.RunCost.decode(reader, reader.size(), $undefined, _depth + 1, message.cost);
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.owner = value;
                            else
                                delete message.owner;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunRecord message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.RunRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.RunRecord & weft.v1.RunRecord.$Shape} RunRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a RunRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.RunRecord
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.RunRecord} RunRecord
             */
            RunRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.RunRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.RunRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.RunRecord();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.workflow != null)
                    if (typeof object.workflow !== "string" || object.workflow.length)
                        message.workflow = $String(object.workflow);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.bundleHash != null)
                    if (typeof object.bundleHash !== "string" || object.bundleHash.length)
                        message.bundleHash = $String(object.bundleHash);
                if (object.inputJson != null)
                    if (typeof object.inputJson !== "string" || object.inputJson.length)
                        message.inputJson = $String(object.inputJson);
                if (object.submittedAtMs != null)
                    if (!$Object.is($Number(object.submittedAtMs), 0))
                        message.submittedAtMs = $Number(object.submittedAtMs);
                if (object.endedAtMs != null)
                    if (!$Object.is($Number(object.endedAtMs), 0))
                        message.endedAtMs = $Number(object.endedAtMs);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".weft.v1.RunRecord.error: object expected");
                    message.error = $root.weft.v1.ErrorInfo.fromObject(object.error, _depth + 1);
                }
                if (object.resultJson != null)
                    if (typeof object.resultJson !== "string" || object.resultJson.length)
                        message.resultJson = $String(object.resultJson);
                if (object.tasksTotal != null)
                    if ($Number(object.tasksTotal) !== 0)
                        message.tasksTotal = object.tasksTotal >>> 0;
                if (object.tasksDone != null)
                    if ($Number(object.tasksDone) !== 0)
                        message.tasksDone = object.tasksDone >>> 0;
                if (object.nodes) {
                    if (!$Array.isArray(object.nodes))
                        throw $TypeError(".weft.v1.RunRecord.nodes: array expected");
                    message.nodes = $Array(object.nodes.length);
                    for (let i = 0; i < object.nodes.length; ++i) {
                        if (!$util.isObject(object.nodes[i]))
                            throw $TypeError(".weft.v1.RunRecord.nodes: object expected");
                        message.nodes[i] = $root.weft.v1.NodeProgress.fromObject(object.nodes[i], _depth + 1);
                    }
                }
                if (object.failures) {
                    if (!$Array.isArray(object.failures))
                        throw $TypeError(".weft.v1.RunRecord.failures: array expected");
                    message.failures = $Array(object.failures.length);
                    for (let i = 0; i < object.failures.length; ++i) {
                        if (!$util.isObject(object.failures[i]))
                            throw $TypeError(".weft.v1.RunRecord.failures: object expected");
                        message.failures[i] = $root.weft.v1.TaskFailure.fromObject(object.failures[i], _depth + 1);
                    }
                }
                if (object.placement != null) {
                    if (!$util.isObject(object.placement))
                        throw $TypeError(".weft.v1.RunRecord.placement: object expected");
                    message.placement = $root.weft.v1.Placement.fromObject(object.placement, _depth + 1);
                }
                if (object.graph != null) {
                    if (!$util.isObject(object.graph))
                        throw $TypeError(".weft.v1.RunRecord.graph: object expected");
                    message.graph = $root.weft.v1.WorkflowGraph.fromObject(object.graph, _depth + 1);
                }
                if (object.coordinator != null)
                    if (typeof object.coordinator !== "string" || object.coordinator.length)
                        message.coordinator = $String(object.coordinator);
                if (object.edges) {
                    if (!$Array.isArray(object.edges))
                        throw $TypeError(".weft.v1.RunRecord.edges: array expected");
                    message.edges = $Array(object.edges.length);
                    for (let i = 0; i < object.edges.length; ++i) {
                        if (!$util.isObject(object.edges[i]))
                            throw $TypeError(".weft.v1.RunRecord.edges: object expected");
                        message.edges[i] = $root.weft.v1.EdgeStats.fromObject(object.edges[i], _depth + 1);
                    }
                }
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.attempts) {
                    if (!$Array.isArray(object.attempts))
                        throw $TypeError(".weft.v1.RunRecord.attempts: array expected");
                    message.attempts = $Array(object.attempts.length);
                    for (let i = 0; i < object.attempts.length; ++i) {
                        if (!$util.isObject(object.attempts[i]))
                            throw $TypeError(".weft.v1.RunRecord.attempts: object expected");
                        message.attempts[i] = $root.weft.v1.TaskAttempt.fromObject(object.attempts[i], _depth + 1);
                    }
                }
                if (object.deadlineAtMs != null)
                    if (!$Object.is($Number(object.deadlineAtMs), 0))
                        message.deadlineAtMs = $Number(object.deadlineAtMs);
                if (object.origin != null) {
                    if (!$util.isObject(object.origin))
                        throw $TypeError(".weft.v1.RunRecord.origin: object expected");
                    message.origin = $root.weft.v1.RunOrigin.fromObject(object.origin, _depth + 1);
                }
                if (object.cost != null) {
                    if (!$util.isObject(object.cost))
                        throw $TypeError(".weft.v1.RunRecord.cost: object expected");
                    message.cost = $root.weft.v1.RunCost.fromObject(object.cost, _depth + 1);
                }
                if (object.owner != null)
                    if (typeof object.owner !== "string" || object.owner.length)
                        message.owner = $String(object.owner);
                return message;
            };

            /**
             * Creates a plain object from a RunRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.RunRecord
             * @static
             * @param {weft.v1.RunRecord} message RunRecord
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.nodes = [];
                    object.failures = [];
                    object.edges = [];
                    object.attempts = [];
                }
                if (options.defaults) {
                    object.runId = "";
                    object.workflow = "";
                    object.state = "";
                    object.bundleHash = "";
                    object.inputJson = "";
                    object.submittedAtMs = 0;
                    object.endedAtMs = 0;
                    object.error = null;
                    object.resultJson = "";
                    object.tasksTotal = 0;
                    object.tasksDone = 0;
                    object.placement = null;
                    object.graph = null;
                    object.coordinator = "";
                    object.epoch = 0;
                    object.deadlineAtMs = 0;
                    object.origin = null;
                    object.cost = null;
                    object.owner = "";
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.workflow != null && $Object.hasOwnProperty.call(message, "workflow"))
                    object.workflow = message.workflow;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.bundleHash != null && $Object.hasOwnProperty.call(message, "bundleHash"))
                    object.bundleHash = message.bundleHash;
                if (message.inputJson != null && $Object.hasOwnProperty.call(message, "inputJson"))
                    object.inputJson = message.inputJson;
                if (message.submittedAtMs != null && $Object.hasOwnProperty.call(message, "submittedAtMs"))
                    object.submittedAtMs = options.json && !$isFinite(message.submittedAtMs) ? $String(message.submittedAtMs) : message.submittedAtMs;
                if (message.endedAtMs != null && $Object.hasOwnProperty.call(message, "endedAtMs"))
                    object.endedAtMs = options.json && !$isFinite(message.endedAtMs) ? $String(message.endedAtMs) : message.endedAtMs;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.weft.v1.ErrorInfo.toObject(message.error, options, _depth + 1);
                if (message.resultJson != null && $Object.hasOwnProperty.call(message, "resultJson"))
                    object.resultJson = message.resultJson;
                if (message.tasksTotal != null && $Object.hasOwnProperty.call(message, "tasksTotal"))
                    object.tasksTotal = message.tasksTotal;
                if (message.tasksDone != null && $Object.hasOwnProperty.call(message, "tasksDone"))
                    object.tasksDone = message.tasksDone;
                if (message.nodes && message.nodes.length) {
                    object.nodes = $Array(message.nodes.length);
                    for (let j = 0; j < message.nodes.length; ++j)
                        object.nodes[j] = $root.weft.v1.NodeProgress.toObject(message.nodes[j], options, _depth + 1);
                }
                if (message.failures && message.failures.length) {
                    object.failures = $Array(message.failures.length);
                    for (let j = 0; j < message.failures.length; ++j)
                        object.failures[j] = $root.weft.v1.TaskFailure.toObject(message.failures[j], options, _depth + 1);
                }
                if (message.placement != null && $Object.hasOwnProperty.call(message, "placement"))
                    object.placement = $root.weft.v1.Placement.toObject(message.placement, options, _depth + 1);
                if (message.graph != null && $Object.hasOwnProperty.call(message, "graph"))
                    object.graph = $root.weft.v1.WorkflowGraph.toObject(message.graph, options, _depth + 1);
                if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator"))
                    object.coordinator = message.coordinator;
                if (message.edges && message.edges.length) {
                    object.edges = $Array(message.edges.length);
                    for (let j = 0; j < message.edges.length; ++j)
                        object.edges[j] = $root.weft.v1.EdgeStats.toObject(message.edges[j], options, _depth + 1);
                }
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.attempts && message.attempts.length) {
                    object.attempts = $Array(message.attempts.length);
                    for (let j = 0; j < message.attempts.length; ++j)
                        object.attempts[j] = $root.weft.v1.TaskAttempt.toObject(message.attempts[j], options, _depth + 1);
                }
                if (message.deadlineAtMs != null && $Object.hasOwnProperty.call(message, "deadlineAtMs"))
                    object.deadlineAtMs = options.json && !$isFinite(message.deadlineAtMs) ? $String(message.deadlineAtMs) : message.deadlineAtMs;
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                    object.origin = $root.weft.v1.RunOrigin.toObject(message.origin, options, _depth + 1);
                if (message.cost != null && $Object.hasOwnProperty.call(message, "cost"))
                    object.cost = $root.weft.v1.RunCost.toObject(message.cost, options, _depth + 1);
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                    object.owner = message.owner;
                return object;
            };

            /**
             * Converts this RunRecord to JSON.
             * @function toJSON
             * @memberof weft.v1.RunRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunRecord.prototype.toJSON = function() {
                return RunRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunRecord
             * @function getTypeUrl
             * @memberof weft.v1.RunRecord
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.RunRecord";
            };

            return RunRecord;
        })();

        v1.TaskAttempt = (function() {

            /**
             * Properties of a TaskAttempt.
             * @typedef {Object} weft.v1.TaskAttempt.$Properties
             * @property {string|null} [taskId] TaskAttempt taskId
             * @property {number|null} [attempt] TaskAttempt attempt
             * @property {string|null} [worker] TaskAttempt worker
             * @property {string|null} [outcome] TaskAttempt outcome
             * @property {weft.v1.ErrorInfo.$Properties|null} [error] TaskAttempt error
             * @property {number|null} [atMs] TaskAttempt atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskAttempt.
             * @memberof weft.v1
             * @interface ITaskAttempt
             * @augments weft.v1.TaskAttempt.$Properties
             * @deprecated Use weft.v1.TaskAttempt.$Properties instead.
             */

            /**
             * Shape of a TaskAttempt.
             * @typedef {weft.v1.TaskAttempt.$Properties} weft.v1.TaskAttempt.$Shape
             */

            /**
             * Constructs a new TaskAttempt.
             * @memberof weft.v1
             * @classdesc Represents a TaskAttempt.
             * @constructor
             * @param {weft.v1.TaskAttempt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskAttempt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskAttempt taskId.
             * @member {string} taskId
             * @memberof weft.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.taskId = "";

            /**
             * TaskAttempt attempt.
             * @member {number} attempt
             * @memberof weft.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.attempt = 0;

            /**
             * TaskAttempt worker.
             * @member {string} worker
             * @memberof weft.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.worker = "";

            /**
             * TaskAttempt outcome.
             * @member {string} outcome
             * @memberof weft.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.outcome = "";

            /**
             * TaskAttempt error.
             * @member {weft.v1.ErrorInfo.$Properties|null|undefined} error
             * @memberof weft.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.error = null;

            /**
             * TaskAttempt atMs.
             * @member {number} atMs
             * @memberof weft.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.atMs = 0;

            /**
             * Creates a new TaskAttempt instance using the specified properties.
             * @function create
             * @memberof weft.v1.TaskAttempt
             * @static
             * @param {weft.v1.TaskAttempt.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TaskAttempt} TaskAttempt instance
             * @type {{
             *   (properties: weft.v1.TaskAttempt.$Shape): weft.v1.TaskAttempt & weft.v1.TaskAttempt.$Shape;
             *   (properties?: weft.v1.TaskAttempt.$Properties): weft.v1.TaskAttempt;
             * }}
             */
            TaskAttempt.create = function(properties) {
                return new TaskAttempt(properties);
            };

            /**
             * Encodes the specified TaskAttempt message. Does not implicitly {@link weft.v1.TaskAttempt.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TaskAttempt
             * @static
             * @param {weft.v1.TaskAttempt.$Properties} message TaskAttempt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskAttempt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.worker);
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.outcome);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.weft.v1.ErrorInfo.encode(message.error, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TaskAttempt message, length delimited. Does not implicitly {@link weft.v1.TaskAttempt.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.TaskAttempt
             * @static
             * @param {weft.v1.TaskAttempt.$Properties} message TaskAttempt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskAttempt.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TaskAttempt message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TaskAttempt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TaskAttempt & weft.v1.TaskAttempt.$Shape} TaskAttempt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskAttempt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TaskAttempt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.weft.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TaskAttempt message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.TaskAttempt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.TaskAttempt & weft.v1.TaskAttempt.$Shape} TaskAttempt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskAttempt.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a TaskAttempt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TaskAttempt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TaskAttempt} TaskAttempt
             */
            TaskAttempt.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TaskAttempt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TaskAttempt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TaskAttempt();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.worker != null)
                    if (typeof object.worker !== "string" || object.worker.length)
                        message.worker = $String(object.worker);
                if (object.outcome != null)
                    if (typeof object.outcome !== "string" || object.outcome.length)
                        message.outcome = $String(object.outcome);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".weft.v1.TaskAttempt.error: object expected");
                    message.error = $root.weft.v1.ErrorInfo.fromObject(object.error, _depth + 1);
                }
                if (object.atMs != null)
                    if (!$Object.is($Number(object.atMs), 0))
                        message.atMs = $Number(object.atMs);
                return message;
            };

            /**
             * Creates a plain object from a TaskAttempt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TaskAttempt
             * @static
             * @param {weft.v1.TaskAttempt} message TaskAttempt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskAttempt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.attempt = 0;
                    object.worker = "";
                    object.outcome = "";
                    object.error = null;
                    object.atMs = 0;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                    object.worker = message.worker;
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = message.outcome;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.weft.v1.ErrorInfo.toObject(message.error, options, _depth + 1);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    object.atMs = options.json && !$isFinite(message.atMs) ? $String(message.atMs) : message.atMs;
                return object;
            };

            /**
             * Converts this TaskAttempt to JSON.
             * @function toJSON
             * @memberof weft.v1.TaskAttempt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskAttempt.prototype.toJSON = function() {
                return TaskAttempt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TaskAttempt
             * @function getTypeUrl
             * @memberof weft.v1.TaskAttempt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskAttempt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TaskAttempt";
            };

            return TaskAttempt;
        })();

        v1.ExpressProbe = (function() {

            /**
             * Properties of an ExpressProbe.
             * @typedef {Object} weft.v1.ExpressProbe.$Properties
             * @property {string|null} [runId] ExpressProbe runId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExpressProbe.
             * @memberof weft.v1
             * @interface IExpressProbe
             * @augments weft.v1.ExpressProbe.$Properties
             * @deprecated Use weft.v1.ExpressProbe.$Properties instead.
             */

            /**
             * Shape of an ExpressProbe.
             * @typedef {weft.v1.ExpressProbe.$Properties} weft.v1.ExpressProbe.$Shape
             */

            /**
             * Constructs a new ExpressProbe.
             * @memberof weft.v1
             * @classdesc Represents an ExpressProbe.
             * @constructor
             * @param {weft.v1.ExpressProbe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExpressProbe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExpressProbe runId.
             * @member {string} runId
             * @memberof weft.v1.ExpressProbe
             * @instance
             */
            ExpressProbe.prototype.runId = "";

            /**
             * Creates a new ExpressProbe instance using the specified properties.
             * @function create
             * @memberof weft.v1.ExpressProbe
             * @static
             * @param {weft.v1.ExpressProbe.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ExpressProbe} ExpressProbe instance
             * @type {{
             *   (properties: weft.v1.ExpressProbe.$Shape): weft.v1.ExpressProbe & weft.v1.ExpressProbe.$Shape;
             *   (properties?: weft.v1.ExpressProbe.$Properties): weft.v1.ExpressProbe;
             * }}
             */
            ExpressProbe.create = function(properties) {
                return new ExpressProbe(properties);
            };

            /**
             * Encodes the specified ExpressProbe message. Does not implicitly {@link weft.v1.ExpressProbe.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ExpressProbe
             * @static
             * @param {weft.v1.ExpressProbe.$Properties} message ExpressProbe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExpressProbe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ExpressProbe message, length delimited. Does not implicitly {@link weft.v1.ExpressProbe.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.ExpressProbe
             * @static
             * @param {weft.v1.ExpressProbe.$Properties} message ExpressProbe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExpressProbe.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ExpressProbe message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ExpressProbe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ExpressProbe & weft.v1.ExpressProbe.$Shape} ExpressProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExpressProbe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ExpressProbe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ExpressProbe message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.ExpressProbe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.ExpressProbe & weft.v1.ExpressProbe.$Shape} ExpressProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExpressProbe.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an ExpressProbe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ExpressProbe
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ExpressProbe} ExpressProbe
             */
            ExpressProbe.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ExpressProbe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ExpressProbe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ExpressProbe();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                return message;
            };

            /**
             * Creates a plain object from an ExpressProbe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ExpressProbe
             * @static
             * @param {weft.v1.ExpressProbe} message ExpressProbe
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExpressProbe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.runId = "";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                return object;
            };

            /**
             * Converts this ExpressProbe to JSON.
             * @function toJSON
             * @memberof weft.v1.ExpressProbe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExpressProbe.prototype.toJSON = function() {
                return ExpressProbe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExpressProbe
             * @function getTypeUrl
             * @memberof weft.v1.ExpressProbe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExpressProbe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ExpressProbe";
            };

            return ExpressProbe;
        })();

        v1.ExpressProbeReply = (function() {

            /**
             * Properties of an ExpressProbeReply.
             * @typedef {Object} weft.v1.ExpressProbeReply.$Properties
             * @property {boolean|null} [held] ExpressProbeReply held
             * @property {string|null} [coordinator] ExpressProbeReply coordinator
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExpressProbeReply.
             * @memberof weft.v1
             * @interface IExpressProbeReply
             * @augments weft.v1.ExpressProbeReply.$Properties
             * @deprecated Use weft.v1.ExpressProbeReply.$Properties instead.
             */

            /**
             * Shape of an ExpressProbeReply.
             * @typedef {weft.v1.ExpressProbeReply.$Properties} weft.v1.ExpressProbeReply.$Shape
             */

            /**
             * Constructs a new ExpressProbeReply.
             * @memberof weft.v1
             * @classdesc Represents an ExpressProbeReply.
             * @constructor
             * @param {weft.v1.ExpressProbeReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExpressProbeReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExpressProbeReply held.
             * @member {boolean} held
             * @memberof weft.v1.ExpressProbeReply
             * @instance
             */
            ExpressProbeReply.prototype.held = false;

            /**
             * ExpressProbeReply coordinator.
             * @member {string} coordinator
             * @memberof weft.v1.ExpressProbeReply
             * @instance
             */
            ExpressProbeReply.prototype.coordinator = "";

            /**
             * Creates a new ExpressProbeReply instance using the specified properties.
             * @function create
             * @memberof weft.v1.ExpressProbeReply
             * @static
             * @param {weft.v1.ExpressProbeReply.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ExpressProbeReply} ExpressProbeReply instance
             * @type {{
             *   (properties: weft.v1.ExpressProbeReply.$Shape): weft.v1.ExpressProbeReply & weft.v1.ExpressProbeReply.$Shape;
             *   (properties?: weft.v1.ExpressProbeReply.$Properties): weft.v1.ExpressProbeReply;
             * }}
             */
            ExpressProbeReply.create = function(properties) {
                return new ExpressProbeReply(properties);
            };

            /**
             * Encodes the specified ExpressProbeReply message. Does not implicitly {@link weft.v1.ExpressProbeReply.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ExpressProbeReply
             * @static
             * @param {weft.v1.ExpressProbeReply.$Properties} message ExpressProbeReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExpressProbeReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.held != null && $Object.hasOwnProperty.call(message, "held") && message.held !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.held);
                if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.coordinator);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ExpressProbeReply message, length delimited. Does not implicitly {@link weft.v1.ExpressProbeReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.ExpressProbeReply
             * @static
             * @param {weft.v1.ExpressProbeReply.$Properties} message ExpressProbeReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExpressProbeReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ExpressProbeReply message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ExpressProbeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ExpressProbeReply & weft.v1.ExpressProbeReply.$Shape} ExpressProbeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExpressProbeReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ExpressProbeReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.held = value;
                            else
                                delete message.held;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.coordinator = value;
                            else
                                delete message.coordinator;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ExpressProbeReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.ExpressProbeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.ExpressProbeReply & weft.v1.ExpressProbeReply.$Shape} ExpressProbeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExpressProbeReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates an ExpressProbeReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ExpressProbeReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ExpressProbeReply} ExpressProbeReply
             */
            ExpressProbeReply.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ExpressProbeReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ExpressProbeReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ExpressProbeReply();
                if (object.held != null)
                    if (object.held)
                        message.held = $Boolean(object.held);
                if (object.coordinator != null)
                    if (typeof object.coordinator !== "string" || object.coordinator.length)
                        message.coordinator = $String(object.coordinator);
                return message;
            };

            /**
             * Creates a plain object from an ExpressProbeReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ExpressProbeReply
             * @static
             * @param {weft.v1.ExpressProbeReply} message ExpressProbeReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExpressProbeReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.held = false;
                    object.coordinator = "";
                }
                if (message.held != null && $Object.hasOwnProperty.call(message, "held"))
                    object.held = message.held;
                if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator"))
                    object.coordinator = message.coordinator;
                return object;
            };

            /**
             * Converts this ExpressProbeReply to JSON.
             * @function toJSON
             * @memberof weft.v1.ExpressProbeReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExpressProbeReply.prototype.toJSON = function() {
                return ExpressProbeReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExpressProbeReply
             * @function getTypeUrl
             * @memberof weft.v1.ExpressProbeReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExpressProbeReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ExpressProbeReply";
            };

            return ExpressProbeReply;
        })();

        v1.NodeCost = (function() {

            /**
             * Properties of a NodeCost.
             * @typedef {Object} weft.v1.NodeCost.$Properties
             * @property {string|null} [node] NodeCost node
             * @property {number|null} [attempts] NodeCost attempts
             * @property {number|null} [measured] NodeCost measured
             * @property {number|null} [durationMs] NodeCost durationMs
             * @property {number|null} [billedMs] NodeCost billedMs
             * @property {number|null} [cpuMs] NodeCost cpuMs
             * @property {number|null} [memoryMbS] NodeCost memoryMbS
             * @property {number|null} [heapGrowthBytes] NodeCost heapGrowthBytes
             * @property {number|null} [outputBytes] NodeCost outputBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeCost.
             * @memberof weft.v1
             * @interface INodeCost
             * @augments weft.v1.NodeCost.$Properties
             * @deprecated Use weft.v1.NodeCost.$Properties instead.
             */

            /**
             * Shape of a NodeCost.
             * @typedef {weft.v1.NodeCost.$Properties} weft.v1.NodeCost.$Shape
             */

            /**
             * Constructs a new NodeCost.
             * @memberof weft.v1
             * @classdesc Represents a NodeCost.
             * @constructor
             * @param {weft.v1.NodeCost.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeCost = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeCost node.
             * @member {string} node
             * @memberof weft.v1.NodeCost
             * @instance
             */
            NodeCost.prototype.node = "";

            /**
             * NodeCost attempts.
             * @member {number} attempts
             * @memberof weft.v1.NodeCost
             * @instance
             */
            NodeCost.prototype.attempts = 0;

            /**
             * NodeCost measured.
             * @member {number} measured
             * @memberof weft.v1.NodeCost
             * @instance
             */
            NodeCost.prototype.measured = 0;

            /**
             * NodeCost durationMs.
             * @member {number} durationMs
             * @memberof weft.v1.NodeCost
             * @instance
             */
            NodeCost.prototype.durationMs = 0;

            /**
             * NodeCost billedMs.
             * @member {number} billedMs
             * @memberof weft.v1.NodeCost
             * @instance
             */
            NodeCost.prototype.billedMs = 0;

            /**
             * NodeCost cpuMs.
             * @member {number} cpuMs
             * @memberof weft.v1.NodeCost
             * @instance
             */
            NodeCost.prototype.cpuMs = 0;

            /**
             * NodeCost memoryMbS.
             * @member {number} memoryMbS
             * @memberof weft.v1.NodeCost
             * @instance
             */
            NodeCost.prototype.memoryMbS = 0;

            /**
             * NodeCost heapGrowthBytes.
             * @member {number} heapGrowthBytes
             * @memberof weft.v1.NodeCost
             * @instance
             */
            NodeCost.prototype.heapGrowthBytes = 0;

            /**
             * NodeCost outputBytes.
             * @member {number} outputBytes
             * @memberof weft.v1.NodeCost
             * @instance
             */
            NodeCost.prototype.outputBytes = 0;

            /**
             * Creates a new NodeCost instance using the specified properties.
             * @function create
             * @memberof weft.v1.NodeCost
             * @static
             * @param {weft.v1.NodeCost.$Properties=} [properties] Properties to set
             * @returns {weft.v1.NodeCost} NodeCost instance
             * @type {{
             *   (properties: weft.v1.NodeCost.$Shape): weft.v1.NodeCost & weft.v1.NodeCost.$Shape;
             *   (properties?: weft.v1.NodeCost.$Properties): weft.v1.NodeCost;
             * }}
             */
            NodeCost.create = function(properties) {
                return new NodeCost(properties);
            };

            /**
             * Encodes the specified NodeCost message. Does not implicitly {@link weft.v1.NodeCost.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.NodeCost
             * @static
             * @param {weft.v1.NodeCost.$Properties} message NodeCost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeCost.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts") && !$Object.is(message.attempts, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.attempts);
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured") && !$Object.is(message.measured, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.measured);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && !$Object.is(message.durationMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.durationMs);
                if (message.billedMs != null && $Object.hasOwnProperty.call(message, "billedMs") && !$Object.is(message.billedMs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.billedMs);
                if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs") && !$Object.is(message.cpuMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.cpuMs);
                if (message.memoryMbS != null && $Object.hasOwnProperty.call(message, "memoryMbS") && !$Object.is(message.memoryMbS, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.memoryMbS);
                if (message.heapGrowthBytes != null && $Object.hasOwnProperty.call(message, "heapGrowthBytes") && !$Object.is(message.heapGrowthBytes, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.heapGrowthBytes);
                if (message.outputBytes != null && $Object.hasOwnProperty.call(message, "outputBytes") && !$Object.is(message.outputBytes, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.outputBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NodeCost message, length delimited. Does not implicitly {@link weft.v1.NodeCost.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.NodeCost
             * @static
             * @param {weft.v1.NodeCost.$Properties} message NodeCost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeCost.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NodeCost message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.NodeCost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.NodeCost & weft.v1.NodeCost.$Shape} NodeCost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeCost.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.NodeCost();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.attempts = value;
                            else
                                delete message.attempts;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.measured = value;
                            else
                                delete message.measured;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.billedMs = value;
                            else
                                delete message.billedMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cpuMs = value;
                            else
                                delete message.cpuMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.memoryMbS = value;
                            else
                                delete message.memoryMbS;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.heapGrowthBytes = value;
                            else
                                delete message.heapGrowthBytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.outputBytes = value;
                            else
                                delete message.outputBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NodeCost message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.NodeCost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.NodeCost & weft.v1.NodeCost.$Shape} NodeCost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeCost.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a NodeCost message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.NodeCost
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.NodeCost} NodeCost
             */
            NodeCost.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.NodeCost)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.NodeCost: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.NodeCost();
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.attempts != null)
                    if (!$Object.is($Number(object.attempts), 0))
                        message.attempts = $Number(object.attempts);
                if (object.measured != null)
                    if (!$Object.is($Number(object.measured), 0))
                        message.measured = $Number(object.measured);
                if (object.durationMs != null)
                    if (!$Object.is($Number(object.durationMs), 0))
                        message.durationMs = $Number(object.durationMs);
                if (object.billedMs != null)
                    if (!$Object.is($Number(object.billedMs), 0))
                        message.billedMs = $Number(object.billedMs);
                if (object.cpuMs != null)
                    if (!$Object.is($Number(object.cpuMs), 0))
                        message.cpuMs = $Number(object.cpuMs);
                if (object.memoryMbS != null)
                    if (!$Object.is($Number(object.memoryMbS), 0))
                        message.memoryMbS = $Number(object.memoryMbS);
                if (object.heapGrowthBytes != null)
                    if (!$Object.is($Number(object.heapGrowthBytes), 0))
                        message.heapGrowthBytes = $Number(object.heapGrowthBytes);
                if (object.outputBytes != null)
                    if (!$Object.is($Number(object.outputBytes), 0))
                        message.outputBytes = $Number(object.outputBytes);
                return message;
            };

            /**
             * Creates a plain object from a NodeCost message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.NodeCost
             * @static
             * @param {weft.v1.NodeCost} message NodeCost
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeCost.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    object.attempts = 0;
                    object.measured = 0;
                    object.durationMs = 0;
                    object.billedMs = 0;
                    object.cpuMs = 0;
                    object.memoryMbS = 0;
                    object.heapGrowthBytes = 0;
                    object.outputBytes = 0;
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    object.attempts = options.json && !$isFinite(message.attempts) ? $String(message.attempts) : message.attempts;
                if (message.measured != null && $Object.hasOwnProperty.call(message, "measured"))
                    object.measured = options.json && !$isFinite(message.measured) ? $String(message.measured) : message.measured;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    object.durationMs = options.json && !$isFinite(message.durationMs) ? $String(message.durationMs) : message.durationMs;
                if (message.billedMs != null && $Object.hasOwnProperty.call(message, "billedMs"))
                    object.billedMs = options.json && !$isFinite(message.billedMs) ? $String(message.billedMs) : message.billedMs;
                if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs"))
                    object.cpuMs = options.json && !$isFinite(message.cpuMs) ? $String(message.cpuMs) : message.cpuMs;
                if (message.memoryMbS != null && $Object.hasOwnProperty.call(message, "memoryMbS"))
                    object.memoryMbS = options.json && !$isFinite(message.memoryMbS) ? $String(message.memoryMbS) : message.memoryMbS;
                if (message.heapGrowthBytes != null && $Object.hasOwnProperty.call(message, "heapGrowthBytes"))
                    object.heapGrowthBytes = options.json && !$isFinite(message.heapGrowthBytes) ? $String(message.heapGrowthBytes) : message.heapGrowthBytes;
                if (message.outputBytes != null && $Object.hasOwnProperty.call(message, "outputBytes"))
                    object.outputBytes = options.json && !$isFinite(message.outputBytes) ? $String(message.outputBytes) : message.outputBytes;
                return object;
            };

            /**
             * Converts this NodeCost to JSON.
             * @function toJSON
             * @memberof weft.v1.NodeCost
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeCost.prototype.toJSON = function() {
                return NodeCost.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeCost
             * @function getTypeUrl
             * @memberof weft.v1.NodeCost
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeCost.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.NodeCost";
            };

            return NodeCost;
        })();

        v1.RunCost = (function() {

            /**
             * Properties of a RunCost.
             * @typedef {Object} weft.v1.RunCost.$Properties
             * @property {number|null} [wallMs] RunCost wallMs
             * @property {number|null} [durationMs] RunCost durationMs
             * @property {number|null} [billedMs] RunCost billedMs
             * @property {number|null} [cpuMs] RunCost cpuMs
             * @property {number|null} [memoryMbS] RunCost memoryMbS
             * @property {number|null} [natsMsgs] RunCost natsMsgs
             * @property {number|null} [natsBytes] RunCost natsBytes
             * @property {number|null} [attempts] RunCost attempts
             * @property {Array.<weft.v1.NodeCost.$Properties>|null} [nodes] RunCost nodes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunCost.
             * @memberof weft.v1
             * @interface IRunCost
             * @augments weft.v1.RunCost.$Properties
             * @deprecated Use weft.v1.RunCost.$Properties instead.
             */

            /**
             * Shape of a RunCost.
             * @typedef {weft.v1.RunCost.$Properties} weft.v1.RunCost.$Shape
             */

            /**
             * Constructs a new RunCost.
             * @memberof weft.v1
             * @classdesc Represents a RunCost.
             * @constructor
             * @param {weft.v1.RunCost.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunCost = function (properties) {
                this.nodes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunCost wallMs.
             * @member {number} wallMs
             * @memberof weft.v1.RunCost
             * @instance
             */
            RunCost.prototype.wallMs = 0;

            /**
             * RunCost durationMs.
             * @member {number} durationMs
             * @memberof weft.v1.RunCost
             * @instance
             */
            RunCost.prototype.durationMs = 0;

            /**
             * RunCost billedMs.
             * @member {number} billedMs
             * @memberof weft.v1.RunCost
             * @instance
             */
            RunCost.prototype.billedMs = 0;

            /**
             * RunCost cpuMs.
             * @member {number} cpuMs
             * @memberof weft.v1.RunCost
             * @instance
             */
            RunCost.prototype.cpuMs = 0;

            /**
             * RunCost memoryMbS.
             * @member {number} memoryMbS
             * @memberof weft.v1.RunCost
             * @instance
             */
            RunCost.prototype.memoryMbS = 0;

            /**
             * RunCost natsMsgs.
             * @member {number} natsMsgs
             * @memberof weft.v1.RunCost
             * @instance
             */
            RunCost.prototype.natsMsgs = 0;

            /**
             * RunCost natsBytes.
             * @member {number} natsBytes
             * @memberof weft.v1.RunCost
             * @instance
             */
            RunCost.prototype.natsBytes = 0;

            /**
             * RunCost attempts.
             * @member {number} attempts
             * @memberof weft.v1.RunCost
             * @instance
             */
            RunCost.prototype.attempts = 0;

            /**
             * RunCost nodes.
             * @member {Array.<weft.v1.NodeCost.$Properties>} nodes
             * @memberof weft.v1.RunCost
             * @instance
             */
            RunCost.prototype.nodes = $util.emptyArray;

            /**
             * Creates a new RunCost instance using the specified properties.
             * @function create
             * @memberof weft.v1.RunCost
             * @static
             * @param {weft.v1.RunCost.$Properties=} [properties] Properties to set
             * @returns {weft.v1.RunCost} RunCost instance
             * @type {{
             *   (properties: weft.v1.RunCost.$Shape): weft.v1.RunCost & weft.v1.RunCost.$Shape;
             *   (properties?: weft.v1.RunCost.$Properties): weft.v1.RunCost;
             * }}
             */
            RunCost.create = function(properties) {
                return new RunCost(properties);
            };

            /**
             * Encodes the specified RunCost message. Does not implicitly {@link weft.v1.RunCost.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.RunCost
             * @static
             * @param {weft.v1.RunCost.$Properties} message RunCost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunCost.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.wallMs != null && $Object.hasOwnProperty.call(message, "wallMs") && !$Object.is(message.wallMs, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.wallMs);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && !$Object.is(message.durationMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.durationMs);
                if (message.billedMs != null && $Object.hasOwnProperty.call(message, "billedMs") && !$Object.is(message.billedMs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.billedMs);
                if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs") && !$Object.is(message.cpuMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.cpuMs);
                if (message.memoryMbS != null && $Object.hasOwnProperty.call(message, "memoryMbS") && !$Object.is(message.memoryMbS, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.memoryMbS);
                if (message.natsMsgs != null && $Object.hasOwnProperty.call(message, "natsMsgs") && !$Object.is(message.natsMsgs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.natsMsgs);
                if (message.natsBytes != null && $Object.hasOwnProperty.call(message, "natsBytes") && !$Object.is(message.natsBytes, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.natsBytes);
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts") && !$Object.is(message.attempts, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.attempts);
                if (message.nodes != null && message.nodes.length)
                    for (let i = 0; i < message.nodes.length; ++i)
                        $root.weft.v1.NodeCost.encode(message.nodes[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RunCost message, length delimited. Does not implicitly {@link weft.v1.RunCost.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.RunCost
             * @static
             * @param {weft.v1.RunCost.$Properties} message RunCost message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunCost.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RunCost message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.RunCost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.RunCost & weft.v1.RunCost.$Shape} RunCost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunCost.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.RunCost();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.wallMs = value;
                            else
                                delete message.wallMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.billedMs = value;
                            else
                                delete message.billedMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cpuMs = value;
                            else
                                delete message.cpuMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.memoryMbS = value;
                            else
                                delete message.memoryMbS;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.natsMsgs = value;
                            else
                                delete message.natsMsgs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.natsBytes = value;
                            else
                                delete message.natsBytes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.attempts = value;
                            else
                                delete message.attempts;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push($root.weft.v1.NodeCost.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RunCost message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.RunCost
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.RunCost & weft.v1.RunCost.$Shape} RunCost
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunCost.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a RunCost message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.RunCost
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.RunCost} RunCost
             */
            RunCost.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.RunCost)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.RunCost: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.RunCost();
                if (object.wallMs != null)
                    if (!$Object.is($Number(object.wallMs), 0))
                        message.wallMs = $Number(object.wallMs);
                if (object.durationMs != null)
                    if (!$Object.is($Number(object.durationMs), 0))
                        message.durationMs = $Number(object.durationMs);
                if (object.billedMs != null)
                    if (!$Object.is($Number(object.billedMs), 0))
                        message.billedMs = $Number(object.billedMs);
                if (object.cpuMs != null)
                    if (!$Object.is($Number(object.cpuMs), 0))
                        message.cpuMs = $Number(object.cpuMs);
                if (object.memoryMbS != null)
                    if (!$Object.is($Number(object.memoryMbS), 0))
                        message.memoryMbS = $Number(object.memoryMbS);
                if (object.natsMsgs != null)
                    if (!$Object.is($Number(object.natsMsgs), 0))
                        message.natsMsgs = $Number(object.natsMsgs);
                if (object.natsBytes != null)
                    if (!$Object.is($Number(object.natsBytes), 0))
                        message.natsBytes = $Number(object.natsBytes);
                if (object.attempts != null)
                    if (!$Object.is($Number(object.attempts), 0))
                        message.attempts = $Number(object.attempts);
                if (object.nodes) {
                    if (!$Array.isArray(object.nodes))
                        throw $TypeError(".weft.v1.RunCost.nodes: array expected");
                    message.nodes = $Array(object.nodes.length);
                    for (let i = 0; i < object.nodes.length; ++i) {
                        if (!$util.isObject(object.nodes[i]))
                            throw $TypeError(".weft.v1.RunCost.nodes: object expected");
                        message.nodes[i] = $root.weft.v1.NodeCost.fromObject(object.nodes[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a RunCost message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.RunCost
             * @static
             * @param {weft.v1.RunCost} message RunCost
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunCost.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.nodes = [];
                if (options.defaults) {
                    object.wallMs = 0;
                    object.durationMs = 0;
                    object.billedMs = 0;
                    object.cpuMs = 0;
                    object.memoryMbS = 0;
                    object.natsMsgs = 0;
                    object.natsBytes = 0;
                    object.attempts = 0;
                }
                if (message.wallMs != null && $Object.hasOwnProperty.call(message, "wallMs"))
                    object.wallMs = options.json && !$isFinite(message.wallMs) ? $String(message.wallMs) : message.wallMs;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    object.durationMs = options.json && !$isFinite(message.durationMs) ? $String(message.durationMs) : message.durationMs;
                if (message.billedMs != null && $Object.hasOwnProperty.call(message, "billedMs"))
                    object.billedMs = options.json && !$isFinite(message.billedMs) ? $String(message.billedMs) : message.billedMs;
                if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs"))
                    object.cpuMs = options.json && !$isFinite(message.cpuMs) ? $String(message.cpuMs) : message.cpuMs;
                if (message.memoryMbS != null && $Object.hasOwnProperty.call(message, "memoryMbS"))
                    object.memoryMbS = options.json && !$isFinite(message.memoryMbS) ? $String(message.memoryMbS) : message.memoryMbS;
                if (message.natsMsgs != null && $Object.hasOwnProperty.call(message, "natsMsgs"))
                    object.natsMsgs = options.json && !$isFinite(message.natsMsgs) ? $String(message.natsMsgs) : message.natsMsgs;
                if (message.natsBytes != null && $Object.hasOwnProperty.call(message, "natsBytes"))
                    object.natsBytes = options.json && !$isFinite(message.natsBytes) ? $String(message.natsBytes) : message.natsBytes;
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    object.attempts = options.json && !$isFinite(message.attempts) ? $String(message.attempts) : message.attempts;
                if (message.nodes && message.nodes.length) {
                    object.nodes = $Array(message.nodes.length);
                    for (let j = 0; j < message.nodes.length; ++j)
                        object.nodes[j] = $root.weft.v1.NodeCost.toObject(message.nodes[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this RunCost to JSON.
             * @function toJSON
             * @memberof weft.v1.RunCost
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunCost.prototype.toJSON = function() {
                return RunCost.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunCost
             * @function getTypeUrl
             * @memberof weft.v1.RunCost
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunCost.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.RunCost";
            };

            return RunCost;
        })();

        v1.CoordinatorUp = (function() {

            /**
             * Properties of a CoordinatorUp.
             * @typedef {Object} weft.v1.CoordinatorUp.$Properties
             * @property {Array.<string>|null} [warmBundles] CoordinatorUp warmBundles
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CoordinatorUp.
             * @memberof weft.v1
             * @interface ICoordinatorUp
             * @augments weft.v1.CoordinatorUp.$Properties
             * @deprecated Use weft.v1.CoordinatorUp.$Properties instead.
             */

            /**
             * Shape of a CoordinatorUp.
             * @typedef {weft.v1.CoordinatorUp.$Properties} weft.v1.CoordinatorUp.$Shape
             */

            /**
             * Constructs a new CoordinatorUp.
             * @memberof weft.v1
             * @classdesc Represents a CoordinatorUp.
             * @constructor
             * @param {weft.v1.CoordinatorUp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CoordinatorUp = function (properties) {
                this.warmBundles = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CoordinatorUp warmBundles.
             * @member {Array.<string>} warmBundles
             * @memberof weft.v1.CoordinatorUp
             * @instance
             */
            CoordinatorUp.prototype.warmBundles = $util.emptyArray;

            /**
             * Creates a new CoordinatorUp instance using the specified properties.
             * @function create
             * @memberof weft.v1.CoordinatorUp
             * @static
             * @param {weft.v1.CoordinatorUp.$Properties=} [properties] Properties to set
             * @returns {weft.v1.CoordinatorUp} CoordinatorUp instance
             * @type {{
             *   (properties: weft.v1.CoordinatorUp.$Shape): weft.v1.CoordinatorUp & weft.v1.CoordinatorUp.$Shape;
             *   (properties?: weft.v1.CoordinatorUp.$Properties): weft.v1.CoordinatorUp;
             * }}
             */
            CoordinatorUp.create = function(properties) {
                return new CoordinatorUp(properties);
            };

            /**
             * Encodes the specified CoordinatorUp message. Does not implicitly {@link weft.v1.CoordinatorUp.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.CoordinatorUp
             * @static
             * @param {weft.v1.CoordinatorUp.$Properties} message CoordinatorUp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CoordinatorUp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.warmBundles != null && message.warmBundles.length)
                    for (let i = 0; i < message.warmBundles.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.warmBundles[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CoordinatorUp message, length delimited. Does not implicitly {@link weft.v1.CoordinatorUp.verify|verify} messages.
             * @function encodeDelimited
             * @memberof weft.v1.CoordinatorUp
             * @static
             * @param {weft.v1.CoordinatorUp.$Properties} message CoordinatorUp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CoordinatorUp.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CoordinatorUp message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.CoordinatorUp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.CoordinatorUp & weft.v1.CoordinatorUp.$Shape} CoordinatorUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CoordinatorUp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.CoordinatorUp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.warmBundles && message.warmBundles.length))
                                message.warmBundles = [];
                            message.warmBundles.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CoordinatorUp message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof weft.v1.CoordinatorUp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {weft.v1.CoordinatorUp & weft.v1.CoordinatorUp.$Shape} CoordinatorUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CoordinatorUp.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Creates a CoordinatorUp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.CoordinatorUp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.CoordinatorUp} CoordinatorUp
             */
            CoordinatorUp.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.CoordinatorUp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.CoordinatorUp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.CoordinatorUp();
                if (object.warmBundles) {
                    if (!$Array.isArray(object.warmBundles))
                        throw $TypeError(".weft.v1.CoordinatorUp.warmBundles: array expected");
                    message.warmBundles = $Array(object.warmBundles.length);
                    for (let i = 0; i < object.warmBundles.length; ++i)
                        message.warmBundles[i] = $String(object.warmBundles[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a CoordinatorUp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.CoordinatorUp
             * @static
             * @param {weft.v1.CoordinatorUp} message CoordinatorUp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CoordinatorUp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.warmBundles = [];
                if (message.warmBundles && message.warmBundles.length) {
                    object.warmBundles = $Array(message.warmBundles.length);
                    for (let j = 0; j < message.warmBundles.length; ++j)
                        object.warmBundles[j] = message.warmBundles[j];
                }
                return object;
            };

            /**
             * Converts this CoordinatorUp to JSON.
             * @function toJSON
             * @memberof weft.v1.CoordinatorUp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CoordinatorUp.prototype.toJSON = function() {
                return CoordinatorUp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CoordinatorUp
             * @function getTypeUrl
             * @memberof weft.v1.CoordinatorUp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CoordinatorUp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.CoordinatorUp";
            };

            return CoordinatorUp;
        })();

        return v1;
    })();

    return weft;
})();

export {
  $root as default
};
