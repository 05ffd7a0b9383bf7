/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.querier = (function() {

    /**
     * Namespace querier.
     * @exports querier
     * @namespace
     */
    var querier = {};

    querier.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof querier
         * @namespace
         */
        var v1 = {};

        v1.QuerierService = (function() {

            /**
             * Constructs a new QuerierService service.
             * @memberof querier.v1
             * @classdesc Represents a QuerierService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            var QuerierService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(QuerierService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: QuerierService, writable: true, enumerable: false, configurable: true });

            /**
             * Callback as used by {@link querier.v1.QuerierService#profileTypes}.
             * @memberof querier.v1.QuerierService
             * @typedef ProfileTypesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.ProfileTypesResponse} [response] ProfileTypesResponse
             */

            /**
             * Calls ProfileTypes.
             * @memberof querier.v1.QuerierService
             * @typedef ProfileTypes
             * @type {{
             *   (request: querier.v1.IProfileTypesRequest, callback: querier.v1.QuerierService.ProfileTypesCallback): void;
             *   (request: querier.v1.IProfileTypesRequest): Promise<querier.v1.ProfileTypesResponse>;
             *   readonly name: "ProfileTypes";
             *   readonly path: "/querier.v1.QuerierService/ProfileTypes";
             *   readonly requestType: "ProfileTypesRequest";
             *   readonly responseType: "ProfileTypesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ProfileTypes.
             * @name querier.v1.QuerierService#profileTypes
             * @type {querier.v1.QuerierService.ProfileTypes}
             */
            $Object.defineProperties(QuerierService.prototype.profileTypes = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.profileTypes, $root.querier.v1.ProfileTypesRequest, $root.querier.v1.ProfileTypesResponse, request, callback);
            }, {
                name: { value: "ProfileTypes" },
                path: { value: "/querier.v1.QuerierService/ProfileTypes" },
                requestType: { value: "ProfileTypesRequest" },
                responseType: { value: "ProfileTypesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#labelValues}.
             * @memberof querier.v1.QuerierService
             * @typedef LabelValuesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {types.v1.LabelValuesResponse} [response] LabelValuesResponse
             */

            /**
             * Calls LabelValues.
             * @memberof querier.v1.QuerierService
             * @typedef LabelValues
             * @type {{
             *   (request: types.v1.ILabelValuesRequest, callback: querier.v1.QuerierService.LabelValuesCallback): void;
             *   (request: types.v1.ILabelValuesRequest): Promise<types.v1.LabelValuesResponse>;
             *   readonly name: "LabelValues";
             *   readonly path: "/querier.v1.QuerierService/LabelValues";
             *   readonly requestType: "types.v1.LabelValuesRequest";
             *   readonly responseType: "types.v1.LabelValuesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls LabelValues.
             * @name querier.v1.QuerierService#labelValues
             * @type {querier.v1.QuerierService.LabelValues}
             */
            $Object.defineProperties(QuerierService.prototype.labelValues = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.labelValues, $root.types.v1.LabelValuesRequest, $root.types.v1.LabelValuesResponse, request, callback);
            }, {
                name: { value: "LabelValues" },
                path: { value: "/querier.v1.QuerierService/LabelValues" },
                requestType: { value: "types.v1.LabelValuesRequest" },
                responseType: { value: "types.v1.LabelValuesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#labelNames}.
             * @memberof querier.v1.QuerierService
             * @typedef LabelNamesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {types.v1.LabelNamesResponse} [response] LabelNamesResponse
             */

            /**
             * Calls LabelNames.
             * @memberof querier.v1.QuerierService
             * @typedef LabelNames
             * @type {{
             *   (request: types.v1.ILabelNamesRequest, callback: querier.v1.QuerierService.LabelNamesCallback): void;
             *   (request: types.v1.ILabelNamesRequest): Promise<types.v1.LabelNamesResponse>;
             *   readonly name: "LabelNames";
             *   readonly path: "/querier.v1.QuerierService/LabelNames";
             *   readonly requestType: "types.v1.LabelNamesRequest";
             *   readonly responseType: "types.v1.LabelNamesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls LabelNames.
             * @name querier.v1.QuerierService#labelNames
             * @type {querier.v1.QuerierService.LabelNames}
             */
            $Object.defineProperties(QuerierService.prototype.labelNames = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.labelNames, $root.types.v1.LabelNamesRequest, $root.types.v1.LabelNamesResponse, request, callback);
            }, {
                name: { value: "LabelNames" },
                path: { value: "/querier.v1.QuerierService/LabelNames" },
                requestType: { value: "types.v1.LabelNamesRequest" },
                responseType: { value: "types.v1.LabelNamesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#series}.
             * @memberof querier.v1.QuerierService
             * @typedef SeriesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SeriesResponse} [response] SeriesResponse
             */

            /**
             * Calls Series.
             * @memberof querier.v1.QuerierService
             * @typedef Series
             * @type {{
             *   (request: querier.v1.ISeriesRequest, callback: querier.v1.QuerierService.SeriesCallback): void;
             *   (request: querier.v1.ISeriesRequest): Promise<querier.v1.SeriesResponse>;
             *   readonly name: "Series";
             *   readonly path: "/querier.v1.QuerierService/Series";
             *   readonly requestType: "SeriesRequest";
             *   readonly responseType: "SeriesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Series.
             * @name querier.v1.QuerierService#series
             * @type {querier.v1.QuerierService.Series}
             */
            $Object.defineProperties(QuerierService.prototype.series = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.series, $root.querier.v1.SeriesRequest, $root.querier.v1.SeriesResponse, request, callback);
            }, {
                name: { value: "Series" },
                path: { value: "/querier.v1.QuerierService/Series" },
                requestType: { value: "SeriesRequest" },
                responseType: { value: "SeriesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectMergeStacktraces}.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeStacktracesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SelectMergeStacktracesResponse} [response] SelectMergeStacktracesResponse
             */

            /**
             * Calls SelectMergeStacktraces.
             * @memberof querier.v1.QuerierService
             * @typedef SelectMergeStacktraces
             * @type {{
             *   (request: querier.v1.ISelectMergeStacktracesRequest, callback: querier.v1.QuerierService.SelectMergeStacktracesCallback): void;
             *   (request: querier.v1.ISelectMergeStacktracesRequest): Promise<querier.v1.SelectMergeStacktracesResponse>;
             *   readonly name: "SelectMergeStacktraces";
             *   readonly path: "/querier.v1.QuerierService/SelectMergeStacktraces";
             *   readonly requestType: "SelectMergeStacktracesRequest";
             *   readonly responseType: "SelectMergeStacktracesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SelectMergeStacktraces.
             * @name querier.v1.QuerierService#selectMergeStacktraces
             * @type {querier.v1.QuerierService.SelectMergeStacktraces}
             */
            $Object.defineProperties(QuerierService.prototype.selectMergeStacktraces = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.selectMergeStacktraces, $root.querier.v1.SelectMergeStacktracesRequest, $root.querier.v1.SelectMergeStacktracesResponse, request, callback);
            }, {
                name: { value: "SelectMergeStacktraces" },
                path: { value: "/querier.v1.QuerierService/SelectMergeStacktraces" },
                requestType: { value: "SelectMergeStacktracesRequest" },
                responseType: { value: "SelectMergeStacktracesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#selectSeries}.
             * @memberof querier.v1.QuerierService
             * @typedef SelectSeriesCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.SelectSeriesResponse} [response] SelectSeriesResponse
             */

            /**
             * Calls SelectSeries.
             * @memberof querier.v1.QuerierService
             * @typedef SelectSeries
             * @type {{
             *   (request: querier.v1.ISelectSeriesRequest, callback: querier.v1.QuerierService.SelectSeriesCallback): void;
             *   (request: querier.v1.ISelectSeriesRequest): Promise<querier.v1.SelectSeriesResponse>;
             *   readonly name: "SelectSeries";
             *   readonly path: "/querier.v1.QuerierService/SelectSeries";
             *   readonly requestType: "SelectSeriesRequest";
             *   readonly responseType: "SelectSeriesResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls SelectSeries.
             * @name querier.v1.QuerierService#selectSeries
             * @type {querier.v1.QuerierService.SelectSeries}
             */
            $Object.defineProperties(QuerierService.prototype.selectSeries = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.selectSeries, $root.querier.v1.SelectSeriesRequest, $root.querier.v1.SelectSeriesResponse, request, callback);
            }, {
                name: { value: "SelectSeries" },
                path: { value: "/querier.v1.QuerierService/SelectSeries" },
                requestType: { value: "SelectSeriesRequest" },
                responseType: { value: "SelectSeriesResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link querier.v1.QuerierService#diff}.
             * @memberof querier.v1.QuerierService
             * @typedef DiffCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {querier.v1.DiffResponse} [response] DiffResponse
             */

            /**
             * Calls Diff.
             * @memberof querier.v1.QuerierService
             * @typedef Diff
             * @type {{
             *   (request: querier.v1.IDiffRequest, callback: querier.v1.QuerierService.DiffCallback): void;
             *   (request: querier.v1.IDiffRequest): Promise<querier.v1.DiffResponse>;
             *   readonly name: "Diff";
             *   readonly path: "/querier.v1.QuerierService/Diff";
             *   readonly requestType: "DiffRequest";
             *   readonly responseType: "DiffResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Diff.
             * @name querier.v1.QuerierService#diff
             * @type {querier.v1.QuerierService.Diff}
             */
            $Object.defineProperties(QuerierService.prototype.diff = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, QuerierService.prototype.diff, $root.querier.v1.DiffRequest, $root.querier.v1.DiffResponse, request, callback);
            }, {
                name: { value: "Diff" },
                path: { value: "/querier.v1.QuerierService/Diff" },
                requestType: { value: "DiffRequest" },
                responseType: { value: "DiffResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return QuerierService;
        })();

        v1.ProfileTypesRequest = (function() {

            /**
             * Properties of a ProfileTypesRequest.
             * @typedef {Object} querier.v1.ProfileTypesRequest.$Properties
             * @property {number|null} [start] ProfileTypesRequest start
             * @property {number|null} [end] ProfileTypesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileTypesRequest.
             * @memberof querier.v1
             * @interface IProfileTypesRequest
             * @augments querier.v1.ProfileTypesRequest.$Properties
             * @deprecated Use querier.v1.ProfileTypesRequest.$Properties instead.
             */

            /**
             * Shape of a ProfileTypesRequest.
             * @typedef {querier.v1.ProfileTypesRequest.$Properties} querier.v1.ProfileTypesRequest.$Shape
             */

            /**
             * Constructs a new ProfileTypesRequest.
             * @memberof querier.v1
             * @classdesc Represents a ProfileTypesRequest.
             * @constructor
             * @param {querier.v1.ProfileTypesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProfileTypesRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProfileTypesRequest start.
             * @member {number} start
             * @memberof querier.v1.ProfileTypesRequest
             * @instance
             */
            ProfileTypesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProfileTypesRequest end.
             * @member {number} end
             * @memberof querier.v1.ProfileTypesRequest
             * @instance
             */
            ProfileTypesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified ProfileTypesRequest message. Does not implicitly {@link querier.v1.ProfileTypesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {querier.v1.ProfileTypesRequest.$Properties} m ProfileTypesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileTypesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.end);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ProfileTypesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.ProfileTypesRequest & querier.v1.ProfileTypesRequest.$Shape} ProfileTypesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileTypesRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.ProfileTypesRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for ProfileTypesRequest
             * @function getTypeUrl
             * @memberof querier.v1.ProfileTypesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileTypesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.ProfileTypesRequest";
            };

            return ProfileTypesRequest;
        })();

        v1.ProfileTypesResponse = (function() {

            /**
             * Properties of a ProfileTypesResponse.
             * @typedef {Object} querier.v1.ProfileTypesResponse.$Properties
             * @property {Array.<types.v1.ProfileType.$Properties>|null} [profileTypes] ProfileTypesResponse profileTypes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileTypesResponse.
             * @memberof querier.v1
             * @interface IProfileTypesResponse
             * @augments querier.v1.ProfileTypesResponse.$Properties
             * @deprecated Use querier.v1.ProfileTypesResponse.$Properties instead.
             */

            /**
             * Shape of a ProfileTypesResponse.
             * @typedef {querier.v1.ProfileTypesResponse.$Properties} querier.v1.ProfileTypesResponse.$Shape
             */

            /**
             * Constructs a new ProfileTypesResponse.
             * @memberof querier.v1
             * @classdesc Represents a ProfileTypesResponse.
             * @constructor
             * @param {querier.v1.ProfileTypesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProfileTypesResponse = function (p) {
                this.profileTypes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProfileTypesResponse profileTypes.
             * @member {Array.<types.v1.ProfileType.$Properties>} profileTypes
             * @memberof querier.v1.ProfileTypesResponse
             * @instance
             */
            ProfileTypesResponse.prototype.profileTypes = $util.emptyArray;

            /**
             * Encodes the specified ProfileTypesResponse message. Does not implicitly {@link querier.v1.ProfileTypesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {querier.v1.ProfileTypesResponse.$Properties} m ProfileTypesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileTypesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.profileTypes != null && m.profileTypes.length) {
                    for (var i = 0; i < m.profileTypes.length; ++i)
                        $root.types.v1.ProfileType.encode(m.profileTypes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ProfileTypesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.ProfileTypesResponse & querier.v1.ProfileTypesResponse.$Shape} ProfileTypesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileTypesResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.ProfileTypesResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.profileTypes && m.profileTypes.length))
                                m.profileTypes = [];
                            m.profileTypes.push($root.types.v1.ProfileType.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for ProfileTypesResponse
             * @function getTypeUrl
             * @memberof querier.v1.ProfileTypesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileTypesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.ProfileTypesResponse";
            };

            return ProfileTypesResponse;
        })();

        v1.SeriesRequest = (function() {

            /**
             * Properties of a SeriesRequest.
             * @typedef {Object} querier.v1.SeriesRequest.$Properties
             * @property {Array.<string>|null} [matchers] SeriesRequest matchers
             * @property {Array.<string>|null} [labelNames] SeriesRequest labelNames
             * @property {number|null} [start] SeriesRequest start
             * @property {number|null} [end] SeriesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeriesRequest.
             * @memberof querier.v1
             * @interface ISeriesRequest
             * @augments querier.v1.SeriesRequest.$Properties
             * @deprecated Use querier.v1.SeriesRequest.$Properties instead.
             */

            /**
             * Shape of a SeriesRequest.
             * @typedef {querier.v1.SeriesRequest.$Properties} querier.v1.SeriesRequest.$Shape
             */

            /**
             * Constructs a new SeriesRequest.
             * @memberof querier.v1
             * @classdesc Represents a SeriesRequest.
             * @constructor
             * @param {querier.v1.SeriesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SeriesRequest = function (p) {
                this.matchers = [];
                this.labelNames = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SeriesRequest matchers.
             * @member {Array.<string>} matchers
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.matchers = $util.emptyArray;

            /**
             * SeriesRequest labelNames.
             * @member {Array.<string>} labelNames
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.labelNames = $util.emptyArray;

            /**
             * SeriesRequest start.
             * @member {number} start
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SeriesRequest end.
             * @member {number} end
             * @memberof querier.v1.SeriesRequest
             * @instance
             */
            SeriesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified SeriesRequest message. Does not implicitly {@link querier.v1.SeriesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {querier.v1.SeriesRequest.$Properties} m SeriesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.matchers != null && m.matchers.length) {
                    for (var i = 0; i < m.matchers.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.matchers[i]);
                }
                if (m.labelNames != null && m.labelNames.length) {
                    for (var i = 0; i < m.labelNames.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.labelNames[i]);
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.end);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SeriesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SeriesRequest & querier.v1.SeriesRequest.$Shape} SeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.SeriesRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.matchers && m.matchers.length))
                                m.matchers = [];
                            m.matchers.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.labelNames && m.labelNames.length))
                                m.labelNames = [];
                            m.labelNames.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for SeriesRequest
             * @function getTypeUrl
             * @memberof querier.v1.SeriesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SeriesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SeriesRequest";
            };

            return SeriesRequest;
        })();

        v1.SeriesResponse = (function() {

            /**
             * Properties of a SeriesResponse.
             * @typedef {Object} querier.v1.SeriesResponse.$Properties
             * @property {Array.<types.v1.Labels.$Properties>|null} [labelsSet] SeriesResponse labelsSet
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeriesResponse.
             * @memberof querier.v1
             * @interface ISeriesResponse
             * @augments querier.v1.SeriesResponse.$Properties
             * @deprecated Use querier.v1.SeriesResponse.$Properties instead.
             */

            /**
             * Shape of a SeriesResponse.
             * @typedef {querier.v1.SeriesResponse.$Properties} querier.v1.SeriesResponse.$Shape
             */

            /**
             * Constructs a new SeriesResponse.
             * @memberof querier.v1
             * @classdesc Represents a SeriesResponse.
             * @constructor
             * @param {querier.v1.SeriesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SeriesResponse = function (p) {
                this.labelsSet = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SeriesResponse labelsSet.
             * @member {Array.<types.v1.Labels.$Properties>} labelsSet
             * @memberof querier.v1.SeriesResponse
             * @instance
             */
            SeriesResponse.prototype.labelsSet = $util.emptyArray;

            /**
             * Encodes the specified SeriesResponse message. Does not implicitly {@link querier.v1.SeriesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {querier.v1.SeriesResponse.$Properties} m SeriesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.labelsSet != null && m.labelsSet.length) {
                    for (var i = 0; i < m.labelsSet.length; ++i)
                        $root.types.v1.Labels.encode(m.labelsSet[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SeriesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SeriesResponse & querier.v1.SeriesResponse.$Shape} SeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.SeriesResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.labelsSet && m.labelsSet.length))
                                m.labelsSet = [];
                            m.labelsSet.push($root.types.v1.Labels.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for SeriesResponse
             * @function getTypeUrl
             * @memberof querier.v1.SeriesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SeriesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SeriesResponse";
            };

            return SeriesResponse;
        })();

        /**
         * ProfileFormat enum.
         * @name querier.v1.ProfileFormat
         * @enum {number}
         * @property {number} PROFILE_FORMAT_UNSPECIFIED=0 PROFILE_FORMAT_UNSPECIFIED value
         * @property {number} PROFILE_FORMAT_FLAMEGRAPH=1 PROFILE_FORMAT_FLAMEGRAPH value
         * @property {number} PROFILE_FORMAT_TREE=2 PROFILE_FORMAT_TREE value
         * @property {number} PROFILE_FORMAT_DOT=3 PROFILE_FORMAT_DOT value
         * @property {number} PROFILE_FORMAT_PPROF=4 PROFILE_FORMAT_PPROF value
         */
        v1.ProfileFormat = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PROFILE_FORMAT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PROFILE_FORMAT_FLAMEGRAPH"] = 1;
            values[valuesById[2] = "PROFILE_FORMAT_TREE"] = 2;
            values[valuesById[3] = "PROFILE_FORMAT_DOT"] = 3;
            values[valuesById[4] = "PROFILE_FORMAT_PPROF"] = 4;
            return values;
        })();

        v1.SelectMergeStacktracesRequest = (function() {

            /**
             * Properties of a SelectMergeStacktracesRequest.
             * @typedef {Object} querier.v1.SelectMergeStacktracesRequest.$Properties
             * @property {string|null} [profileTypeID] SelectMergeStacktracesRequest profileTypeID
             * @property {string|null} [labelSelector] SelectMergeStacktracesRequest labelSelector
             * @property {number|null} [start] SelectMergeStacktracesRequest start
             * @property {number|null} [end] SelectMergeStacktracesRequest end
             * @property {number|null} [maxNodes] SelectMergeStacktracesRequest maxNodes
             * @property {querier.v1.ProfileFormat|null} [format] SelectMergeStacktracesRequest format
             * @property {types.v1.StackTraceSelector.$Properties|null} [stackTraceSelector] SelectMergeStacktracesRequest stackTraceSelector
             * @property {Array.<string>|null} [profileIdSelector] SelectMergeStacktracesRequest profileIdSelector
             * @property {Array.<string>|null} [traceIdSelector] SelectMergeStacktracesRequest traceIdSelector
             * @property {Array.<string>|null} [spanSelector] SelectMergeStacktracesRequest spanSelector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeStacktracesRequest.
             * @memberof querier.v1
             * @interface ISelectMergeStacktracesRequest
             * @augments querier.v1.SelectMergeStacktracesRequest.$Properties
             * @deprecated Use querier.v1.SelectMergeStacktracesRequest.$Properties instead.
             */

            /**
             * Shape of a SelectMergeStacktracesRequest.
             * @typedef {querier.v1.SelectMergeStacktracesRequest.$Properties} querier.v1.SelectMergeStacktracesRequest.$Shape
             */

            /**
             * Constructs a new SelectMergeStacktracesRequest.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeStacktracesRequest.
             * @constructor
             * @param {querier.v1.SelectMergeStacktracesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SelectMergeStacktracesRequest = function (p) {
                this.profileIdSelector = [];
                this.traceIdSelector = [];
                this.spanSelector = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SelectMergeStacktracesRequest profileTypeID.
             * @member {string} profileTypeID
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.profileTypeID = "";

            /**
             * SelectMergeStacktracesRequest labelSelector.
             * @member {string} labelSelector
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.labelSelector = "";

            /**
             * SelectMergeStacktracesRequest start.
             * @member {number} start
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeStacktracesRequest end.
             * @member {number} end
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectMergeStacktracesRequest maxNodes.
             * @member {number|null|undefined} maxNodes
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.maxNodes = null;

            /**
             * SelectMergeStacktracesRequest format.
             * @member {querier.v1.ProfileFormat} format
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.format = 0;

            /**
             * SelectMergeStacktracesRequest stackTraceSelector.
             * @member {types.v1.StackTraceSelector.$Properties|null|undefined} stackTraceSelector
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.stackTraceSelector = null;

            /**
             * SelectMergeStacktracesRequest profileIdSelector.
             * @member {Array.<string>} profileIdSelector
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.profileIdSelector = $util.emptyArray;

            /**
             * SelectMergeStacktracesRequest traceIdSelector.
             * @member {Array.<string>} traceIdSelector
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.traceIdSelector = $util.emptyArray;

            /**
             * SelectMergeStacktracesRequest spanSelector.
             * @member {Array.<string>} spanSelector
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @instance
             */
            SelectMergeStacktracesRequest.prototype.spanSelector = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectMergeStacktracesRequest.prototype, "_maxNodes", {
                get: $util.oneOfGetter($oneOfFields = ["maxNodes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectMergeStacktracesRequest.prototype, "_stackTraceSelector", {
                get: $util.oneOfGetter($oneOfFields = ["stackTraceSelector"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified SelectMergeStacktracesRequest message. Does not implicitly {@link querier.v1.SelectMergeStacktracesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {querier.v1.SelectMergeStacktracesRequest.$Properties} m SelectMergeStacktracesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeStacktracesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.profileTypeID != null && $Object.hasOwnProperty.call(m, "profileTypeID") && m.profileTypeID !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.profileTypeID);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector") && m.labelSelector !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.labelSelector);
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.end);
                if (m.maxNodes != null && $Object.hasOwnProperty.call(m, "maxNodes"))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.maxNodes);
                if (m.format != null && $Object.hasOwnProperty.call(m, "format") && m.format !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).int32(m.format);
                if (m.stackTraceSelector != null && $Object.hasOwnProperty.call(m, "stackTraceSelector"))
                    $root.types.v1.StackTraceSelector.encode(m.stackTraceSelector, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.profileIdSelector != null && m.profileIdSelector.length) {
                    for (var i = 0; i < m.profileIdSelector.length; ++i)
                        w.uint32(/* id 8, wireType 2 =*/66).string(m.profileIdSelector[i]);
                }
                if (m.traceIdSelector != null && m.traceIdSelector.length) {
                    for (var i = 0; i < m.traceIdSelector.length; ++i)
                        w.uint32(/* id 10, wireType 2 =*/82).string(m.traceIdSelector[i]);
                }
                if (m.spanSelector != null && m.spanSelector.length) {
                    for (var i = 0; i < m.spanSelector.length; ++i)
                        w.uint32(/* id 11, wireType 2 =*/90).string(m.spanSelector[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SelectMergeStacktracesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeStacktracesRequest & querier.v1.SelectMergeStacktracesRequest.$Shape} SelectMergeStacktracesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeStacktracesRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.SelectMergeStacktracesRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.profileTypeID = v;
                            else
                                delete m.profileTypeID;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.labelSelector = v;
                            else
                                delete m.labelSelector;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            m.maxNodes = r.int64();
                            m._maxNodes = "maxNodes";
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.format = v;
                            else
                                delete m.format;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.stackTraceSelector = $root.types.v1.StackTraceSelector.decode(r, r.size(), $undefined, q + 1, m.stackTraceSelector);
                            m._stackTraceSelector = "stackTraceSelector";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.profileIdSelector && m.profileIdSelector.length))
                                m.profileIdSelector = [];
                            m.profileIdSelector.push(r.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.traceIdSelector && m.traceIdSelector.length))
                                m.traceIdSelector = [];
                            m.traceIdSelector.push(r.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if (!(m.spanSelector && m.spanSelector.length))
                                m.spanSelector = [];
                            m.spanSelector.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for SelectMergeStacktracesRequest
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeStacktracesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeStacktracesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeStacktracesRequest";
            };

            return SelectMergeStacktracesRequest;
        })();

        v1.Level = (function() {

            /**
             * Properties of a Level.
             * @typedef {Object} querier.v1.Level.$Properties
             * @property {Array.<number>|null} [values] Level values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Level.
             * @memberof querier.v1
             * @interface ILevel
             * @augments querier.v1.Level.$Properties
             * @deprecated Use querier.v1.Level.$Properties instead.
             */

            /**
             * Shape of a Level.
             * @typedef {querier.v1.Level.$Properties} querier.v1.Level.$Shape
             */

            /**
             * Constructs a new Level.
             * @memberof querier.v1
             * @classdesc Represents a Level.
             * @constructor
             * @param {querier.v1.Level.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Level = function (p) {
                this.values = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Level values.
             * @member {Array.<number>} values
             * @memberof querier.v1.Level
             * @instance
             */
            Level.prototype.values = $util.emptyArray;

            /**
             * Encodes the specified Level message. Does not implicitly {@link querier.v1.Level.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.Level
             * @static
             * @param {querier.v1.Level.$Properties} m Level message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Level.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.values != null && m.values.length) {
                    w.uint32(/* id 1, wireType 2 =*/10).int64s(m.values);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Level message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.Level
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.Level & querier.v1.Level.$Shape} Level
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Level.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.Level();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u === 2) {
                                if (!(m.values && m.values.length))
                                    m.values = [];
                                r.int64s(m.values);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.values && m.values.length))
                                m.values = [];
                            m.values.push(r.int64());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Level
             * @function getTypeUrl
             * @memberof querier.v1.Level
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Level.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.Level";
            };

            return Level;
        })();

        v1.FlameGraph = (function() {

            /**
             * Properties of a FlameGraph.
             * @typedef {Object} querier.v1.FlameGraph.$Properties
             * @property {Array.<string>|null} [names] FlameGraph names
             * @property {Array.<querier.v1.Level.$Properties>|null} [levels] FlameGraph levels
             * @property {number|null} [total] FlameGraph total
             * @property {number|null} [maxSelf] FlameGraph maxSelf
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlameGraph.
             * @memberof querier.v1
             * @interface IFlameGraph
             * @augments querier.v1.FlameGraph.$Properties
             * @deprecated Use querier.v1.FlameGraph.$Properties instead.
             */

            /**
             * Shape of a FlameGraph.
             * @typedef {querier.v1.FlameGraph.$Properties} querier.v1.FlameGraph.$Shape
             */

            /**
             * Constructs a new FlameGraph.
             * @memberof querier.v1
             * @classdesc Represents a FlameGraph.
             * @constructor
             * @param {querier.v1.FlameGraph.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var FlameGraph = function (p) {
                this.names = [];
                this.levels = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FlameGraph names.
             * @member {Array.<string>} names
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.names = $util.emptyArray;

            /**
             * FlameGraph levels.
             * @member {Array.<querier.v1.Level.$Properties>} levels
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.levels = $util.emptyArray;

            /**
             * FlameGraph total.
             * @member {number} total
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.total = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FlameGraph maxSelf.
             * @member {number} maxSelf
             * @memberof querier.v1.FlameGraph
             * @instance
             */
            FlameGraph.prototype.maxSelf = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified FlameGraph message. Does not implicitly {@link querier.v1.FlameGraph.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {querier.v1.FlameGraph.$Properties} m FlameGraph message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlameGraph.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.names != null && m.names.length) {
                    for (var i = 0; i < m.names.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.names[i]);
                }
                if (m.levels != null && m.levels.length) {
                    for (var i = 0; i < m.levels.length; ++i)
                        $root.querier.v1.Level.encode(m.levels[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total") && (typeof m.total === "object" ? m.total.low || m.total.high : m.total !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.total);
                if (m.maxSelf != null && $Object.hasOwnProperty.call(m, "maxSelf") && (typeof m.maxSelf === "object" ? m.maxSelf.low || m.maxSelf.high : m.maxSelf !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.maxSelf);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FlameGraph message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.FlameGraph & querier.v1.FlameGraph.$Shape} FlameGraph
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlameGraph.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.FlameGraph();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.names && m.names.length))
                                m.names = [];
                            m.names.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.levels && m.levels.length))
                                m.levels = [];
                            m.levels.push($root.querier.v1.Level.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.total = v;
                            else
                                delete m.total;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.maxSelf = v;
                            else
                                delete m.maxSelf;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for FlameGraph
             * @function getTypeUrl
             * @memberof querier.v1.FlameGraph
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlameGraph.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.FlameGraph";
            };

            return FlameGraph;
        })();

        v1.FlameGraphDiff = (function() {

            /**
             * Properties of a FlameGraphDiff.
             * @typedef {Object} querier.v1.FlameGraphDiff.$Properties
             * @property {Array.<string>|null} [names] FlameGraphDiff names
             * @property {Array.<querier.v1.Level.$Properties>|null} [levels] FlameGraphDiff levels
             * @property {number|null} [total] FlameGraphDiff total
             * @property {number|null} [maxSelf] FlameGraphDiff maxSelf
             * @property {number|null} [leftTicks] FlameGraphDiff leftTicks
             * @property {number|null} [rightTicks] FlameGraphDiff rightTicks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlameGraphDiff.
             * @memberof querier.v1
             * @interface IFlameGraphDiff
             * @augments querier.v1.FlameGraphDiff.$Properties
             * @deprecated Use querier.v1.FlameGraphDiff.$Properties instead.
             */

            /**
             * Shape of a FlameGraphDiff.
             * @typedef {querier.v1.FlameGraphDiff.$Properties} querier.v1.FlameGraphDiff.$Shape
             */

            /**
             * Constructs a new FlameGraphDiff.
             * @memberof querier.v1
             * @classdesc Represents a FlameGraphDiff.
             * @constructor
             * @param {querier.v1.FlameGraphDiff.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var FlameGraphDiff = function (p) {
                this.names = [];
                this.levels = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FlameGraphDiff names.
             * @member {Array.<string>} names
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.names = $util.emptyArray;

            /**
             * FlameGraphDiff levels.
             * @member {Array.<querier.v1.Level.$Properties>} levels
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.levels = $util.emptyArray;

            /**
             * FlameGraphDiff total.
             * @member {number} total
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.total = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FlameGraphDiff maxSelf.
             * @member {number} maxSelf
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.maxSelf = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FlameGraphDiff leftTicks.
             * @member {number} leftTicks
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.leftTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FlameGraphDiff rightTicks.
             * @member {number} rightTicks
             * @memberof querier.v1.FlameGraphDiff
             * @instance
             */
            FlameGraphDiff.prototype.rightTicks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified FlameGraphDiff message. Does not implicitly {@link querier.v1.FlameGraphDiff.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.FlameGraphDiff
             * @static
             * @param {querier.v1.FlameGraphDiff.$Properties} m FlameGraphDiff message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlameGraphDiff.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.names != null && m.names.length) {
                    for (var i = 0; i < m.names.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.names[i]);
                }
                if (m.levels != null && m.levels.length) {
                    for (var i = 0; i < m.levels.length; ++i)
                        $root.querier.v1.Level.encode(m.levels[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total") && (typeof m.total === "object" ? m.total.low || m.total.high : m.total !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.total);
                if (m.maxSelf != null && $Object.hasOwnProperty.call(m, "maxSelf") && (typeof m.maxSelf === "object" ? m.maxSelf.low || m.maxSelf.high : m.maxSelf !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.maxSelf);
                if (m.leftTicks != null && $Object.hasOwnProperty.call(m, "leftTicks") && (typeof m.leftTicks === "object" ? m.leftTicks.low || m.leftTicks.high : m.leftTicks !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.leftTicks);
                if (m.rightTicks != null && $Object.hasOwnProperty.call(m, "rightTicks") && (typeof m.rightTicks === "object" ? m.rightTicks.low || m.rightTicks.high : m.rightTicks !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.rightTicks);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FlameGraphDiff message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.FlameGraphDiff
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.FlameGraphDiff & querier.v1.FlameGraphDiff.$Shape} FlameGraphDiff
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlameGraphDiff.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.FlameGraphDiff();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.names && m.names.length))
                                m.names = [];
                            m.names.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.levels && m.levels.length))
                                m.levels = [];
                            m.levels.push($root.querier.v1.Level.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.total = v;
                            else
                                delete m.total;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.maxSelf = v;
                            else
                                delete m.maxSelf;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.leftTicks = v;
                            else
                                delete m.leftTicks;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.rightTicks = v;
                            else
                                delete m.rightTicks;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for FlameGraphDiff
             * @function getTypeUrl
             * @memberof querier.v1.FlameGraphDiff
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FlameGraphDiff.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.FlameGraphDiff";
            };

            return FlameGraphDiff;
        })();

        v1.PprofResponse = (function() {

            /**
             * Properties of a PprofResponse.
             * @typedef {Object} querier.v1.PprofResponse.$Properties
             * @property {Uint8Array|null} [profile] PprofResponse profile
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PprofResponse.
             * @memberof querier.v1
             * @interface IPprofResponse
             * @augments querier.v1.PprofResponse.$Properties
             * @deprecated Use querier.v1.PprofResponse.$Properties instead.
             */

            /**
             * Shape of a PprofResponse.
             * @typedef {querier.v1.PprofResponse.$Properties} querier.v1.PprofResponse.$Shape
             */

            /**
             * Constructs a new PprofResponse.
             * @memberof querier.v1
             * @classdesc Represents a PprofResponse.
             * @constructor
             * @param {querier.v1.PprofResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PprofResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PprofResponse profile.
             * @member {Uint8Array} profile
             * @memberof querier.v1.PprofResponse
             * @instance
             */
            PprofResponse.prototype.profile = $util.newBuffer([]);

            /**
             * Encodes the specified PprofResponse message. Does not implicitly {@link querier.v1.PprofResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.PprofResponse
             * @static
             * @param {querier.v1.PprofResponse.$Properties} m PprofResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PprofResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile") && m.profile.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.profile);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PprofResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.PprofResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.PprofResponse & querier.v1.PprofResponse.$Shape} PprofResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PprofResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.PprofResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.profile = v;
                            else
                                delete m.profile;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for PprofResponse
             * @function getTypeUrl
             * @memberof querier.v1.PprofResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PprofResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.PprofResponse";
            };

            return PprofResponse;
        })();

        v1.SelectMergeStacktracesResponse = (function() {

            /**
             * Properties of a SelectMergeStacktracesResponse.
             * @typedef {Object} querier.v1.SelectMergeStacktracesResponse.$Properties
             * @property {querier.v1.FlameGraph.$Properties|null} [flamegraph] SelectMergeStacktracesResponse flamegraph
             * @property {Uint8Array|null} [tree] SelectMergeStacktracesResponse tree
             * @property {string|null} [dot] SelectMergeStacktracesResponse dot
             * @property {querier.v1.PprofResponse.$Properties|null} [pprof] SelectMergeStacktracesResponse pprof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectMergeStacktracesResponse.
             * @memberof querier.v1
             * @interface ISelectMergeStacktracesResponse
             * @augments querier.v1.SelectMergeStacktracesResponse.$Properties
             * @deprecated Use querier.v1.SelectMergeStacktracesResponse.$Properties instead.
             */

            /**
             * Shape of a SelectMergeStacktracesResponse.
             * @typedef {querier.v1.SelectMergeStacktracesResponse.$Properties} querier.v1.SelectMergeStacktracesResponse.$Shape
             */

            /**
             * Constructs a new SelectMergeStacktracesResponse.
             * @memberof querier.v1
             * @classdesc Represents a SelectMergeStacktracesResponse.
             * @constructor
             * @param {querier.v1.SelectMergeStacktracesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SelectMergeStacktracesResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SelectMergeStacktracesResponse flamegraph.
             * @member {querier.v1.FlameGraph.$Properties|null|undefined} flamegraph
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @instance
             */
            SelectMergeStacktracesResponse.prototype.flamegraph = null;

            /**
             * SelectMergeStacktracesResponse tree.
             * @member {Uint8Array} tree
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @instance
             */
            SelectMergeStacktracesResponse.prototype.tree = $util.newBuffer([]);

            /**
             * SelectMergeStacktracesResponse dot.
             * @member {string} dot
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @instance
             */
            SelectMergeStacktracesResponse.prototype.dot = "";

            /**
             * SelectMergeStacktracesResponse pprof.
             * @member {querier.v1.PprofResponse.$Properties|null|undefined} pprof
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @instance
             */
            SelectMergeStacktracesResponse.prototype.pprof = null;

            /**
             * Encodes the specified SelectMergeStacktracesResponse message. Does not implicitly {@link querier.v1.SelectMergeStacktracesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {querier.v1.SelectMergeStacktracesResponse.$Properties} m SelectMergeStacktracesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectMergeStacktracesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.flamegraph != null && $Object.hasOwnProperty.call(m, "flamegraph"))
                    $root.querier.v1.FlameGraph.encode(m.flamegraph, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.tree != null && $Object.hasOwnProperty.call(m, "tree") && m.tree.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.tree);
                if (m.dot != null && $Object.hasOwnProperty.call(m, "dot") && m.dot !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.dot);
                if (m.pprof != null && $Object.hasOwnProperty.call(m, "pprof"))
                    $root.querier.v1.PprofResponse.encode(m.pprof, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SelectMergeStacktracesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SelectMergeStacktracesResponse & querier.v1.SelectMergeStacktracesResponse.$Shape} SelectMergeStacktracesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectMergeStacktracesResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.SelectMergeStacktracesResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.flamegraph = $root.querier.v1.FlameGraph.decode(r, r.size(), $undefined, q + 1, m.flamegraph);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.tree = v;
                            else
                                delete m.tree;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.dot = v;
                            else
                                delete m.dot;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.pprof = $root.querier.v1.PprofResponse.decode(r, r.size(), $undefined, q + 1, m.pprof);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for SelectMergeStacktracesResponse
             * @function getTypeUrl
             * @memberof querier.v1.SelectMergeStacktracesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectMergeStacktracesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectMergeStacktracesResponse";
            };

            return SelectMergeStacktracesResponse;
        })();

        v1.SelectSeriesRequest = (function() {

            /**
             * Properties of a SelectSeriesRequest.
             * @typedef {Object} querier.v1.SelectSeriesRequest.$Properties
             * @property {string|null} [profileTypeID] SelectSeriesRequest profileTypeID
             * @property {string|null} [labelSelector] SelectSeriesRequest labelSelector
             * @property {number|null} [start] SelectSeriesRequest start
             * @property {number|null} [end] SelectSeriesRequest end
             * @property {Array.<string>|null} [groupBy] SelectSeriesRequest groupBy
             * @property {number|null} [step] SelectSeriesRequest step
             * @property {types.v1.TimeSeriesAggregationType|null} [aggregation] SelectSeriesRequest aggregation
             * @property {types.v1.StackTraceSelector.$Properties|null} [stackTraceSelector] SelectSeriesRequest stackTraceSelector
             * @property {number|null} [limit] SelectSeriesRequest limit
             * @property {types.v1.ExemplarType|null} [exemplarType] SelectSeriesRequest exemplarType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectSeriesRequest.
             * @memberof querier.v1
             * @interface ISelectSeriesRequest
             * @augments querier.v1.SelectSeriesRequest.$Properties
             * @deprecated Use querier.v1.SelectSeriesRequest.$Properties instead.
             */

            /**
             * Shape of a SelectSeriesRequest.
             * @typedef {querier.v1.SelectSeriesRequest.$Properties} querier.v1.SelectSeriesRequest.$Shape
             */

            /**
             * Constructs a new SelectSeriesRequest.
             * @memberof querier.v1
             * @classdesc Represents a SelectSeriesRequest.
             * @constructor
             * @param {querier.v1.SelectSeriesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SelectSeriesRequest = function (p) {
                this.groupBy = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SelectSeriesRequest profileTypeID.
             * @member {string} profileTypeID
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.profileTypeID = "";

            /**
             * SelectSeriesRequest labelSelector.
             * @member {string} labelSelector
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.labelSelector = "";

            /**
             * SelectSeriesRequest start.
             * @member {number} start
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectSeriesRequest end.
             * @member {number} end
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SelectSeriesRequest groupBy.
             * @member {Array.<string>} groupBy
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.groupBy = $util.emptyArray;

            /**
             * SelectSeriesRequest step.
             * @member {number} step
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.step = 0;

            /**
             * SelectSeriesRequest aggregation.
             * @member {types.v1.TimeSeriesAggregationType|null|undefined} aggregation
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.aggregation = null;

            /**
             * SelectSeriesRequest stackTraceSelector.
             * @member {types.v1.StackTraceSelector.$Properties|null|undefined} stackTraceSelector
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.stackTraceSelector = null;

            /**
             * SelectSeriesRequest limit.
             * @member {number|null|undefined} limit
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.limit = null;

            /**
             * SelectSeriesRequest exemplarType.
             * @member {types.v1.ExemplarType} exemplarType
             * @memberof querier.v1.SelectSeriesRequest
             * @instance
             */
            SelectSeriesRequest.prototype.exemplarType = 0;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectSeriesRequest.prototype, "_aggregation", {
                get: $util.oneOfGetter($oneOfFields = ["aggregation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectSeriesRequest.prototype, "_stackTraceSelector", {
                get: $util.oneOfGetter($oneOfFields = ["stackTraceSelector"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SelectSeriesRequest.prototype, "_limit", {
                get: $util.oneOfGetter($oneOfFields = ["limit"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified SelectSeriesRequest message. Does not implicitly {@link querier.v1.SelectSeriesRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {querier.v1.SelectSeriesRequest.$Properties} m SelectSeriesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectSeriesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.profileTypeID != null && $Object.hasOwnProperty.call(m, "profileTypeID") && m.profileTypeID !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.profileTypeID);
                if (m.labelSelector != null && $Object.hasOwnProperty.call(m, "labelSelector") && m.labelSelector !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.labelSelector);
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.end);
                if (m.groupBy != null && m.groupBy.length) {
                    for (var i = 0; i < m.groupBy.length; ++i)
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.groupBy[i]);
                }
                if (m.step != null && $Object.hasOwnProperty.call(m, "step") && !$Object.is(m.step, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.step);
                if (m.aggregation != null && $Object.hasOwnProperty.call(m, "aggregation"))
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.aggregation);
                if (m.stackTraceSelector != null && $Object.hasOwnProperty.call(m, "stackTraceSelector"))
                    $root.types.v1.StackTraceSelector.encode(m.stackTraceSelector, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit"))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.limit);
                if (m.exemplarType != null && $Object.hasOwnProperty.call(m, "exemplarType") && m.exemplarType !== 0)
                    w.uint32(/* id 10, wireType 0 =*/80).int32(m.exemplarType);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SelectSeriesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SelectSeriesRequest & querier.v1.SelectSeriesRequest.$Shape} SelectSeriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectSeriesRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.SelectSeriesRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.profileTypeID = v;
                            else
                                delete m.profileTypeID;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.labelSelector = v;
                            else
                                delete m.labelSelector;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.groupBy && m.groupBy.length))
                                m.groupBy = [];
                            m.groupBy.push(r.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.step = v;
                            else
                                delete m.step;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            m.aggregation = r.int32();
                            m._aggregation = "aggregation";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.stackTraceSelector = $root.types.v1.StackTraceSelector.decode(r, r.size(), $undefined, q + 1, m.stackTraceSelector);
                            m._stackTraceSelector = "stackTraceSelector";
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            m.limit = r.int64();
                            m._limit = "limit";
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.exemplarType = v;
                            else
                                delete m.exemplarType;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for SelectSeriesRequest
             * @function getTypeUrl
             * @memberof querier.v1.SelectSeriesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectSeriesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectSeriesRequest";
            };

            return SelectSeriesRequest;
        })();

        v1.SelectSeriesResponse = (function() {

            /**
             * Properties of a SelectSeriesResponse.
             * @typedef {Object} querier.v1.SelectSeriesResponse.$Properties
             * @property {Array.<types.v1.Series.$Properties>|null} [series] SelectSeriesResponse series
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SelectSeriesResponse.
             * @memberof querier.v1
             * @interface ISelectSeriesResponse
             * @augments querier.v1.SelectSeriesResponse.$Properties
             * @deprecated Use querier.v1.SelectSeriesResponse.$Properties instead.
             */

            /**
             * Shape of a SelectSeriesResponse.
             * @typedef {querier.v1.SelectSeriesResponse.$Properties} querier.v1.SelectSeriesResponse.$Shape
             */

            /**
             * Constructs a new SelectSeriesResponse.
             * @memberof querier.v1
             * @classdesc Represents a SelectSeriesResponse.
             * @constructor
             * @param {querier.v1.SelectSeriesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SelectSeriesResponse = function (p) {
                this.series = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SelectSeriesResponse series.
             * @member {Array.<types.v1.Series.$Properties>} series
             * @memberof querier.v1.SelectSeriesResponse
             * @instance
             */
            SelectSeriesResponse.prototype.series = $util.emptyArray;

            /**
             * Encodes the specified SelectSeriesResponse message. Does not implicitly {@link querier.v1.SelectSeriesResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {querier.v1.SelectSeriesResponse.$Properties} m SelectSeriesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SelectSeriesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.series != null && m.series.length) {
                    for (var i = 0; i < m.series.length; ++i)
                        $root.types.v1.Series.encode(m.series[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SelectSeriesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.SelectSeriesResponse & querier.v1.SelectSeriesResponse.$Shape} SelectSeriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SelectSeriesResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.SelectSeriesResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.series && m.series.length))
                                m.series = [];
                            m.series.push($root.types.v1.Series.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for SelectSeriesResponse
             * @function getTypeUrl
             * @memberof querier.v1.SelectSeriesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SelectSeriesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.SelectSeriesResponse";
            };

            return SelectSeriesResponse;
        })();

        v1.DiffRequest = (function() {

            /**
             * Properties of a DiffRequest.
             * @typedef {Object} querier.v1.DiffRequest.$Properties
             * @property {querier.v1.SelectMergeStacktracesRequest.$Properties|null} [left] DiffRequest left
             * @property {querier.v1.SelectMergeStacktracesRequest.$Properties|null} [right] DiffRequest right
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiffRequest.
             * @memberof querier.v1
             * @interface IDiffRequest
             * @augments querier.v1.DiffRequest.$Properties
             * @deprecated Use querier.v1.DiffRequest.$Properties instead.
             */

            /**
             * Shape of a DiffRequest.
             * @typedef {querier.v1.DiffRequest.$Properties} querier.v1.DiffRequest.$Shape
             */

            /**
             * Constructs a new DiffRequest.
             * @memberof querier.v1
             * @classdesc Represents a DiffRequest.
             * @constructor
             * @param {querier.v1.DiffRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DiffRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DiffRequest left.
             * @member {querier.v1.SelectMergeStacktracesRequest.$Properties|null|undefined} left
             * @memberof querier.v1.DiffRequest
             * @instance
             */
            DiffRequest.prototype.left = null;

            /**
             * DiffRequest right.
             * @member {querier.v1.SelectMergeStacktracesRequest.$Properties|null|undefined} right
             * @memberof querier.v1.DiffRequest
             * @instance
             */
            DiffRequest.prototype.right = null;

            /**
             * Encodes the specified DiffRequest message. Does not implicitly {@link querier.v1.DiffRequest.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.DiffRequest
             * @static
             * @param {querier.v1.DiffRequest.$Properties} m DiffRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiffRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.left != null && $Object.hasOwnProperty.call(m, "left"))
                    $root.querier.v1.SelectMergeStacktracesRequest.encode(m.left, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.right != null && $Object.hasOwnProperty.call(m, "right"))
                    $root.querier.v1.SelectMergeStacktracesRequest.encode(m.right, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DiffRequest message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.DiffRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.DiffRequest & querier.v1.DiffRequest.$Shape} DiffRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiffRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.DiffRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.left = $root.querier.v1.SelectMergeStacktracesRequest.decode(r, r.size(), $undefined, q + 1, m.left);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.right = $root.querier.v1.SelectMergeStacktracesRequest.decode(r, r.size(), $undefined, q + 1, m.right);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for DiffRequest
             * @function getTypeUrl
             * @memberof querier.v1.DiffRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiffRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.DiffRequest";
            };

            return DiffRequest;
        })();

        v1.DiffResponse = (function() {

            /**
             * Properties of a DiffResponse.
             * @typedef {Object} querier.v1.DiffResponse.$Properties
             * @property {querier.v1.FlameGraphDiff.$Properties|null} [flamegraph] DiffResponse flamegraph
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiffResponse.
             * @memberof querier.v1
             * @interface IDiffResponse
             * @augments querier.v1.DiffResponse.$Properties
             * @deprecated Use querier.v1.DiffResponse.$Properties instead.
             */

            /**
             * Shape of a DiffResponse.
             * @typedef {querier.v1.DiffResponse.$Properties} querier.v1.DiffResponse.$Shape
             */

            /**
             * Constructs a new DiffResponse.
             * @memberof querier.v1
             * @classdesc Represents a DiffResponse.
             * @constructor
             * @param {querier.v1.DiffResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DiffResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DiffResponse flamegraph.
             * @member {querier.v1.FlameGraphDiff.$Properties|null|undefined} flamegraph
             * @memberof querier.v1.DiffResponse
             * @instance
             */
            DiffResponse.prototype.flamegraph = null;

            /**
             * Encodes the specified DiffResponse message. Does not implicitly {@link querier.v1.DiffResponse.verify|verify} messages.
             * @function encode
             * @memberof querier.v1.DiffResponse
             * @static
             * @param {querier.v1.DiffResponse.$Properties} m DiffResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiffResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.flamegraph != null && $Object.hasOwnProperty.call(m, "flamegraph"))
                    $root.querier.v1.FlameGraphDiff.encode(m.flamegraph, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DiffResponse message from the specified reader or buffer.
             * @function decode
             * @memberof querier.v1.DiffResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {querier.v1.DiffResponse & querier.v1.DiffResponse.$Shape} DiffResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiffResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.querier.v1.DiffResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.flamegraph = $root.querier.v1.FlameGraphDiff.decode(r, r.size(), $undefined, q + 1, m.flamegraph);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for DiffResponse
             * @function getTypeUrl
             * @memberof querier.v1.DiffResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiffResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/querier.v1.DiffResponse";
            };

            return DiffResponse;
        })();

        return v1;
    })();

    return querier;
})();

$root.types = (function() {

    /**
     * Namespace types.
     * @exports types
     * @namespace
     */
    var types = {};

    types.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof types
         * @namespace
         */
        var v1 = {};

        v1.LabelPair = (function() {

            /**
             * Properties of a LabelPair.
             * @typedef {Object} types.v1.LabelPair.$Properties
             * @property {string|null} [name] LabelPair name
             * @property {string|null} [value] LabelPair value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelPair.
             * @memberof types.v1
             * @interface ILabelPair
             * @augments types.v1.LabelPair.$Properties
             * @deprecated Use types.v1.LabelPair.$Properties instead.
             */

            /**
             * Shape of a LabelPair.
             * @typedef {types.v1.LabelPair.$Properties} types.v1.LabelPair.$Shape
             */

            /**
             * Constructs a new LabelPair.
             * @memberof types.v1
             * @classdesc Represents a LabelPair.
             * @constructor
             * @param {types.v1.LabelPair.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LabelPair = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LabelPair name.
             * @member {string} name
             * @memberof types.v1.LabelPair
             * @instance
             */
            LabelPair.prototype.name = "";

            /**
             * LabelPair value.
             * @member {string} value
             * @memberof types.v1.LabelPair
             * @instance
             */
            LabelPair.prototype.value = "";

            /**
             * Encodes the specified LabelPair message. Does not implicitly {@link types.v1.LabelPair.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelPair
             * @static
             * @param {types.v1.LabelPair.$Properties} m LabelPair message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelPair.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LabelPair message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelPair
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.LabelPair & types.v1.LabelPair.$Shape} LabelPair
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelPair.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.LabelPair();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for LabelPair
             * @function getTypeUrl
             * @memberof types.v1.LabelPair
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelPair.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelPair";
            };

            return LabelPair;
        })();

        v1.Labels = (function() {

            /**
             * Properties of a Labels.
             * @typedef {Object} types.v1.Labels.$Properties
             * @property {Array.<types.v1.LabelPair.$Properties>|null} [labels] Labels labels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Labels.
             * @memberof types.v1
             * @interface ILabels
             * @augments types.v1.Labels.$Properties
             * @deprecated Use types.v1.Labels.$Properties instead.
             */

            /**
             * Shape of a Labels.
             * @typedef {types.v1.Labels.$Properties} types.v1.Labels.$Shape
             */

            /**
             * Constructs a new Labels.
             * @memberof types.v1
             * @classdesc Represents a Labels.
             * @constructor
             * @param {types.v1.Labels.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Labels = function (p) {
                this.labels = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Labels labels.
             * @member {Array.<types.v1.LabelPair.$Properties>} labels
             * @memberof types.v1.Labels
             * @instance
             */
            Labels.prototype.labels = $util.emptyArray;

            /**
             * Encodes the specified Labels message. Does not implicitly {@link types.v1.Labels.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Labels
             * @static
             * @param {types.v1.Labels.$Properties} m Labels message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Labels.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.labels != null && m.labels.length) {
                    for (var i = 0; i < m.labels.length; ++i)
                        $root.types.v1.LabelPair.encode(m.labels[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Labels message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Labels
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.Labels & types.v1.Labels.$Shape} Labels
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Labels.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.Labels();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.labels && m.labels.length))
                                m.labels = [];
                            m.labels.push($root.types.v1.LabelPair.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Labels
             * @function getTypeUrl
             * @memberof types.v1.Labels
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Labels.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Labels";
            };

            return Labels;
        })();

        v1.ProfileType = (function() {

            /**
             * Properties of a ProfileType.
             * @typedef {Object} types.v1.ProfileType.$Properties
             * @property {string|null} [ID] ProfileType ID
             * @property {string|null} [name] ProfileType name
             * @property {string|null} [sampleType] ProfileType sampleType
             * @property {string|null} [sampleUnit] ProfileType sampleUnit
             * @property {string|null} [periodType] ProfileType periodType
             * @property {string|null} [periodUnit] ProfileType periodUnit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileType.
             * @memberof types.v1
             * @interface IProfileType
             * @augments types.v1.ProfileType.$Properties
             * @deprecated Use types.v1.ProfileType.$Properties instead.
             */

            /**
             * Shape of a ProfileType.
             * @typedef {types.v1.ProfileType.$Properties} types.v1.ProfileType.$Shape
             */

            /**
             * Constructs a new ProfileType.
             * @memberof types.v1
             * @classdesc Represents a ProfileType.
             * @constructor
             * @param {types.v1.ProfileType.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProfileType = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProfileType ID.
             * @member {string} ID
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.ID = "";

            /**
             * ProfileType name.
             * @member {string} name
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.name = "";

            /**
             * ProfileType sampleType.
             * @member {string} sampleType
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.sampleType = "";

            /**
             * ProfileType sampleUnit.
             * @member {string} sampleUnit
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.sampleUnit = "";

            /**
             * ProfileType periodType.
             * @member {string} periodType
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.periodType = "";

            /**
             * ProfileType periodUnit.
             * @member {string} periodUnit
             * @memberof types.v1.ProfileType
             * @instance
             */
            ProfileType.prototype.periodUnit = "";

            /**
             * Encodes the specified ProfileType message. Does not implicitly {@link types.v1.ProfileType.verify|verify} messages.
             * @function encode
             * @memberof types.v1.ProfileType
             * @static
             * @param {types.v1.ProfileType.$Properties} m ProfileType message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileType.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ID != null && $Object.hasOwnProperty.call(m, "ID") && m.ID !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.ID);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.sampleType != null && $Object.hasOwnProperty.call(m, "sampleType") && m.sampleType !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.sampleType);
                if (m.sampleUnit != null && $Object.hasOwnProperty.call(m, "sampleUnit") && m.sampleUnit !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.sampleUnit);
                if (m.periodType != null && $Object.hasOwnProperty.call(m, "periodType") && m.periodType !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.periodType);
                if (m.periodUnit != null && $Object.hasOwnProperty.call(m, "periodUnit") && m.periodUnit !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.periodUnit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ProfileType message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.ProfileType
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.ProfileType & types.v1.ProfileType.$Shape} ProfileType
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileType.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.ProfileType();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ID = v;
                            else
                                delete m.ID;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sampleType = v;
                            else
                                delete m.sampleType;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sampleUnit = v;
                            else
                                delete m.sampleUnit;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.periodType = v;
                            else
                                delete m.periodType;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.periodUnit = v;
                            else
                                delete m.periodUnit;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for ProfileType
             * @function getTypeUrl
             * @memberof types.v1.ProfileType
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileType.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.ProfileType";
            };

            return ProfileType;
        })();

        v1.ProfileAnnotation = (function() {

            /**
             * Properties of a ProfileAnnotation.
             * @typedef {Object} types.v1.ProfileAnnotation.$Properties
             * @property {string|null} [key] ProfileAnnotation key
             * @property {string|null} [value] ProfileAnnotation value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProfileAnnotation.
             * @memberof types.v1
             * @interface IProfileAnnotation
             * @augments types.v1.ProfileAnnotation.$Properties
             * @deprecated Use types.v1.ProfileAnnotation.$Properties instead.
             */

            /**
             * Shape of a ProfileAnnotation.
             * @typedef {types.v1.ProfileAnnotation.$Properties} types.v1.ProfileAnnotation.$Shape
             */

            /**
             * Constructs a new ProfileAnnotation.
             * @memberof types.v1
             * @classdesc Represents a ProfileAnnotation.
             * @constructor
             * @param {types.v1.ProfileAnnotation.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ProfileAnnotation = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ProfileAnnotation key.
             * @member {string} key
             * @memberof types.v1.ProfileAnnotation
             * @instance
             */
            ProfileAnnotation.prototype.key = "";

            /**
             * ProfileAnnotation value.
             * @member {string} value
             * @memberof types.v1.ProfileAnnotation
             * @instance
             */
            ProfileAnnotation.prototype.value = "";

            /**
             * Encodes the specified ProfileAnnotation message. Does not implicitly {@link types.v1.ProfileAnnotation.verify|verify} messages.
             * @function encode
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {types.v1.ProfileAnnotation.$Properties} m ProfileAnnotation message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProfileAnnotation.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ProfileAnnotation message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.ProfileAnnotation & types.v1.ProfileAnnotation.$Shape} ProfileAnnotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProfileAnnotation.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.ProfileAnnotation();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for ProfileAnnotation
             * @function getTypeUrl
             * @memberof types.v1.ProfileAnnotation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProfileAnnotation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.ProfileAnnotation";
            };

            return ProfileAnnotation;
        })();

        v1.Exemplar = (function() {

            /**
             * Properties of an Exemplar.
             * @typedef {Object} types.v1.Exemplar.$Properties
             * @property {number|null} [timestamp] Exemplar timestamp
             * @property {string|null} [profileId] Exemplar profileId
             * @property {string|null} [spanId] Exemplar spanId
             * @property {number|null} [value] Exemplar value
             * @property {Array.<types.v1.LabelPair.$Properties>|null} [labels] Exemplar labels
             * @property {string|null} [traceId] Exemplar traceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Exemplar.
             * @memberof types.v1
             * @interface IExemplar
             * @augments types.v1.Exemplar.$Properties
             * @deprecated Use types.v1.Exemplar.$Properties instead.
             */

            /**
             * Shape of an Exemplar.
             * @typedef {types.v1.Exemplar.$Properties} types.v1.Exemplar.$Shape
             */

            /**
             * Constructs a new Exemplar.
             * @memberof types.v1
             * @classdesc Represents an Exemplar.
             * @constructor
             * @param {types.v1.Exemplar.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Exemplar = function (p) {
                this.labels = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Exemplar timestamp.
             * @member {number} timestamp
             * @memberof types.v1.Exemplar
             * @instance
             */
            Exemplar.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Exemplar profileId.
             * @member {string} profileId
             * @memberof types.v1.Exemplar
             * @instance
             */
            Exemplar.prototype.profileId = "";

            /**
             * Exemplar spanId.
             * @member {string} spanId
             * @memberof types.v1.Exemplar
             * @instance
             */
            Exemplar.prototype.spanId = "";

            /**
             * Exemplar value.
             * @member {number} value
             * @memberof types.v1.Exemplar
             * @instance
             */
            Exemplar.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Exemplar labels.
             * @member {Array.<types.v1.LabelPair.$Properties>} labels
             * @memberof types.v1.Exemplar
             * @instance
             */
            Exemplar.prototype.labels = $util.emptyArray;

            /**
             * Exemplar traceId.
             * @member {string} traceId
             * @memberof types.v1.Exemplar
             * @instance
             */
            Exemplar.prototype.traceId = "";

            /**
             * Encodes the specified Exemplar message. Does not implicitly {@link types.v1.Exemplar.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Exemplar
             * @static
             * @param {types.v1.Exemplar.$Properties} m Exemplar message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Exemplar.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timestamp);
                if (m.profileId != null && $Object.hasOwnProperty.call(m, "profileId") && m.profileId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.profileId);
                if (m.spanId != null && $Object.hasOwnProperty.call(m, "spanId") && m.spanId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.spanId);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && (typeof m.value === "object" ? m.value.low || m.value.high : m.value !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.value);
                if (m.labels != null && m.labels.length) {
                    for (var i = 0; i < m.labels.length; ++i)
                        $root.types.v1.LabelPair.encode(m.labels[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId") && m.traceId !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.traceId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Exemplar message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Exemplar
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.Exemplar & types.v1.Exemplar.$Shape} Exemplar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Exemplar.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.Exemplar();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timestamp = v;
                            else
                                delete m.timestamp;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.profileId = v;
                            else
                                delete m.profileId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.spanId = v;
                            else
                                delete m.spanId;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.labels && m.labels.length))
                                m.labels = [];
                            m.labels.push($root.types.v1.LabelPair.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.traceId = v;
                            else
                                delete m.traceId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Exemplar
             * @function getTypeUrl
             * @memberof types.v1.Exemplar
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Exemplar.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Exemplar";
            };

            return Exemplar;
        })();

        v1.Point = (function() {

            /**
             * Properties of a Point.
             * @typedef {Object} types.v1.Point.$Properties
             * @property {number|null} [value] Point value
             * @property {number|null} [timestamp] Point timestamp
             * @property {Array.<types.v1.ProfileAnnotation.$Properties>|null} [annotations] Point annotations
             * @property {Array.<types.v1.Exemplar.$Properties>|null} [exemplars] Point exemplars
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Point.
             * @memberof types.v1
             * @interface IPoint
             * @augments types.v1.Point.$Properties
             * @deprecated Use types.v1.Point.$Properties instead.
             */

            /**
             * Shape of a Point.
             * @typedef {types.v1.Point.$Properties} types.v1.Point.$Shape
             */

            /**
             * Constructs a new Point.
             * @memberof types.v1
             * @classdesc Represents a Point.
             * @constructor
             * @param {types.v1.Point.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Point = function (p) {
                this.annotations = [];
                this.exemplars = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Point value.
             * @member {number} value
             * @memberof types.v1.Point
             * @instance
             */
            Point.prototype.value = 0;

            /**
             * Point timestamp.
             * @member {number} timestamp
             * @memberof types.v1.Point
             * @instance
             */
            Point.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Point annotations.
             * @member {Array.<types.v1.ProfileAnnotation.$Properties>} annotations
             * @memberof types.v1.Point
             * @instance
             */
            Point.prototype.annotations = $util.emptyArray;

            /**
             * Point exemplars.
             * @member {Array.<types.v1.Exemplar.$Properties>} exemplars
             * @memberof types.v1.Point
             * @instance
             */
            Point.prototype.exemplars = $util.emptyArray;

            /**
             * Encodes the specified Point message. Does not implicitly {@link types.v1.Point.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Point
             * @static
             * @param {types.v1.Point.$Properties} m Point message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Point.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && !$Object.is(m.value, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.value);
                if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.timestamp);
                if (m.annotations != null && m.annotations.length) {
                    for (var i = 0; i < m.annotations.length; ++i)
                        $root.types.v1.ProfileAnnotation.encode(m.annotations[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.exemplars != null && m.exemplars.length) {
                    for (var i = 0; i < m.exemplars.length; ++i)
                        $root.types.v1.Exemplar.encode(m.exemplars[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Point message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Point
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.Point & types.v1.Point.$Shape} Point
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Point.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.Point();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timestamp = v;
                            else
                                delete m.timestamp;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.annotations && m.annotations.length))
                                m.annotations = [];
                            m.annotations.push($root.types.v1.ProfileAnnotation.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.exemplars && m.exemplars.length))
                                m.exemplars = [];
                            m.exemplars.push($root.types.v1.Exemplar.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Point
             * @function getTypeUrl
             * @memberof types.v1.Point
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Point.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Point";
            };

            return Point;
        })();

        v1.Series = (function() {

            /**
             * Properties of a Series.
             * @typedef {Object} types.v1.Series.$Properties
             * @property {Array.<types.v1.LabelPair.$Properties>|null} [labels] Series labels
             * @property {Array.<types.v1.Point.$Properties>|null} [points] Series points
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Series.
             * @memberof types.v1
             * @interface ISeries
             * @augments types.v1.Series.$Properties
             * @deprecated Use types.v1.Series.$Properties instead.
             */

            /**
             * Shape of a Series.
             * @typedef {types.v1.Series.$Properties} types.v1.Series.$Shape
             */

            /**
             * Constructs a new Series.
             * @memberof types.v1
             * @classdesc Represents a Series.
             * @constructor
             * @param {types.v1.Series.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Series = function (p) {
                this.labels = [];
                this.points = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Series labels.
             * @member {Array.<types.v1.LabelPair.$Properties>} labels
             * @memberof types.v1.Series
             * @instance
             */
            Series.prototype.labels = $util.emptyArray;

            /**
             * Series points.
             * @member {Array.<types.v1.Point.$Properties>} points
             * @memberof types.v1.Series
             * @instance
             */
            Series.prototype.points = $util.emptyArray;

            /**
             * Encodes the specified Series message. Does not implicitly {@link types.v1.Series.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Series
             * @static
             * @param {types.v1.Series.$Properties} m Series message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Series.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.labels != null && m.labels.length) {
                    for (var i = 0; i < m.labels.length; ++i)
                        $root.types.v1.LabelPair.encode(m.labels[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.points != null && m.points.length) {
                    for (var i = 0; i < m.points.length; ++i)
                        $root.types.v1.Point.encode(m.points[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Series message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Series
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.Series & types.v1.Series.$Shape} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Series.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.Series();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.labels && m.labels.length))
                                m.labels = [];
                            m.labels.push($root.types.v1.LabelPair.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.points && m.points.length))
                                m.points = [];
                            m.points.push($root.types.v1.Point.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Series
             * @function getTypeUrl
             * @memberof types.v1.Series
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Series.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Series";
            };

            return Series;
        })();

        v1.LabelNamesRequest = (function() {

            /**
             * Properties of a LabelNamesRequest.
             * @typedef {Object} types.v1.LabelNamesRequest.$Properties
             * @property {Array.<string>|null} [matchers] LabelNamesRequest matchers
             * @property {number|null} [start] LabelNamesRequest start
             * @property {number|null} [end] LabelNamesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelNamesRequest.
             * @memberof types.v1
             * @interface ILabelNamesRequest
             * @augments types.v1.LabelNamesRequest.$Properties
             * @deprecated Use types.v1.LabelNamesRequest.$Properties instead.
             */

            /**
             * Shape of a LabelNamesRequest.
             * @typedef {types.v1.LabelNamesRequest.$Properties} types.v1.LabelNamesRequest.$Shape
             */

            /**
             * Constructs a new LabelNamesRequest.
             * @memberof types.v1
             * @classdesc Represents a LabelNamesRequest.
             * @constructor
             * @param {types.v1.LabelNamesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LabelNamesRequest = function (p) {
                this.matchers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LabelNamesRequest matchers.
             * @member {Array.<string>} matchers
             * @memberof types.v1.LabelNamesRequest
             * @instance
             */
            LabelNamesRequest.prototype.matchers = $util.emptyArray;

            /**
             * LabelNamesRequest start.
             * @member {number} start
             * @memberof types.v1.LabelNamesRequest
             * @instance
             */
            LabelNamesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LabelNamesRequest end.
             * @member {number} end
             * @memberof types.v1.LabelNamesRequest
             * @instance
             */
            LabelNamesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified LabelNamesRequest message. Does not implicitly {@link types.v1.LabelNamesRequest.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {types.v1.LabelNamesRequest.$Properties} m LabelNamesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelNamesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.matchers != null && m.matchers.length) {
                    for (var i = 0; i < m.matchers.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.matchers[i]);
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.end);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LabelNamesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.LabelNamesRequest & types.v1.LabelNamesRequest.$Shape} LabelNamesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelNamesRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.LabelNamesRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.matchers && m.matchers.length))
                                m.matchers = [];
                            m.matchers.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for LabelNamesRequest
             * @function getTypeUrl
             * @memberof types.v1.LabelNamesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelNamesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelNamesRequest";
            };

            return LabelNamesRequest;
        })();

        v1.LabelNamesResponse = (function() {

            /**
             * Properties of a LabelNamesResponse.
             * @typedef {Object} types.v1.LabelNamesResponse.$Properties
             * @property {Array.<string>|null} [names] LabelNamesResponse names
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelNamesResponse.
             * @memberof types.v1
             * @interface ILabelNamesResponse
             * @augments types.v1.LabelNamesResponse.$Properties
             * @deprecated Use types.v1.LabelNamesResponse.$Properties instead.
             */

            /**
             * Shape of a LabelNamesResponse.
             * @typedef {types.v1.LabelNamesResponse.$Properties} types.v1.LabelNamesResponse.$Shape
             */

            /**
             * Constructs a new LabelNamesResponse.
             * @memberof types.v1
             * @classdesc Represents a LabelNamesResponse.
             * @constructor
             * @param {types.v1.LabelNamesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LabelNamesResponse = function (p) {
                this.names = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LabelNamesResponse names.
             * @member {Array.<string>} names
             * @memberof types.v1.LabelNamesResponse
             * @instance
             */
            LabelNamesResponse.prototype.names = $util.emptyArray;

            /**
             * Encodes the specified LabelNamesResponse message. Does not implicitly {@link types.v1.LabelNamesResponse.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {types.v1.LabelNamesResponse.$Properties} m LabelNamesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelNamesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.names != null && m.names.length) {
                    for (var i = 0; i < m.names.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.names[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LabelNamesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.LabelNamesResponse & types.v1.LabelNamesResponse.$Shape} LabelNamesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelNamesResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.LabelNamesResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.names && m.names.length))
                                m.names = [];
                            m.names.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for LabelNamesResponse
             * @function getTypeUrl
             * @memberof types.v1.LabelNamesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelNamesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelNamesResponse";
            };

            return LabelNamesResponse;
        })();

        v1.LabelValuesRequest = (function() {

            /**
             * Properties of a LabelValuesRequest.
             * @typedef {Object} types.v1.LabelValuesRequest.$Properties
             * @property {string|null} [name] LabelValuesRequest name
             * @property {Array.<string>|null} [matchers] LabelValuesRequest matchers
             * @property {number|null} [start] LabelValuesRequest start
             * @property {number|null} [end] LabelValuesRequest end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelValuesRequest.
             * @memberof types.v1
             * @interface ILabelValuesRequest
             * @augments types.v1.LabelValuesRequest.$Properties
             * @deprecated Use types.v1.LabelValuesRequest.$Properties instead.
             */

            /**
             * Shape of a LabelValuesRequest.
             * @typedef {types.v1.LabelValuesRequest.$Properties} types.v1.LabelValuesRequest.$Shape
             */

            /**
             * Constructs a new LabelValuesRequest.
             * @memberof types.v1
             * @classdesc Represents a LabelValuesRequest.
             * @constructor
             * @param {types.v1.LabelValuesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LabelValuesRequest = function (p) {
                this.matchers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LabelValuesRequest name.
             * @member {string} name
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.name = "";

            /**
             * LabelValuesRequest matchers.
             * @member {Array.<string>} matchers
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.matchers = $util.emptyArray;

            /**
             * LabelValuesRequest start.
             * @member {number} start
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LabelValuesRequest end.
             * @member {number} end
             * @memberof types.v1.LabelValuesRequest
             * @instance
             */
            LabelValuesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified LabelValuesRequest message. Does not implicitly {@link types.v1.LabelValuesRequest.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {types.v1.LabelValuesRequest.$Properties} m LabelValuesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelValuesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.matchers != null && m.matchers.length) {
                    for (var i = 0; i < m.matchers.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.matchers[i]);
                }
                if (m.start != null && $Object.hasOwnProperty.call(m, "start") && (typeof m.start === "object" ? m.start.low || m.start.high : m.start !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.start);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && (typeof m.end === "object" ? m.end.low || m.end.high : m.end !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.end);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LabelValuesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.LabelValuesRequest & types.v1.LabelValuesRequest.$Shape} LabelValuesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelValuesRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.LabelValuesRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.matchers && m.matchers.length))
                                m.matchers = [];
                            m.matchers.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.start = v;
                            else
                                delete m.start;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for LabelValuesRequest
             * @function getTypeUrl
             * @memberof types.v1.LabelValuesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelValuesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelValuesRequest";
            };

            return LabelValuesRequest;
        })();

        v1.LabelValuesResponse = (function() {

            /**
             * Properties of a LabelValuesResponse.
             * @typedef {Object} types.v1.LabelValuesResponse.$Properties
             * @property {Array.<string>|null} [names] LabelValuesResponse names
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelValuesResponse.
             * @memberof types.v1
             * @interface ILabelValuesResponse
             * @augments types.v1.LabelValuesResponse.$Properties
             * @deprecated Use types.v1.LabelValuesResponse.$Properties instead.
             */

            /**
             * Shape of a LabelValuesResponse.
             * @typedef {types.v1.LabelValuesResponse.$Properties} types.v1.LabelValuesResponse.$Shape
             */

            /**
             * Constructs a new LabelValuesResponse.
             * @memberof types.v1
             * @classdesc Represents a LabelValuesResponse.
             * @constructor
             * @param {types.v1.LabelValuesResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var LabelValuesResponse = function (p) {
                this.names = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LabelValuesResponse names.
             * @member {Array.<string>} names
             * @memberof types.v1.LabelValuesResponse
             * @instance
             */
            LabelValuesResponse.prototype.names = $util.emptyArray;

            /**
             * Encodes the specified LabelValuesResponse message. Does not implicitly {@link types.v1.LabelValuesResponse.verify|verify} messages.
             * @function encode
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {types.v1.LabelValuesResponse.$Properties} m LabelValuesResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelValuesResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.names != null && m.names.length) {
                    for (var i = 0; i < m.names.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.names[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LabelValuesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.LabelValuesResponse & types.v1.LabelValuesResponse.$Shape} LabelValuesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelValuesResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.LabelValuesResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.names && m.names.length))
                                m.names = [];
                            m.names.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for LabelValuesResponse
             * @function getTypeUrl
             * @memberof types.v1.LabelValuesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LabelValuesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.LabelValuesResponse";
            };

            return LabelValuesResponse;
        })();

        v1.Location = (function() {

            /**
             * Properties of a Location.
             * @typedef {Object} types.v1.Location.$Properties
             * @property {string|null} [name] Location name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Location.
             * @memberof types.v1
             * @interface ILocation
             * @augments types.v1.Location.$Properties
             * @deprecated Use types.v1.Location.$Properties instead.
             */

            /**
             * Shape of a Location.
             * @typedef {types.v1.Location.$Properties} types.v1.Location.$Shape
             */

            /**
             * Constructs a new Location.
             * @memberof types.v1
             * @classdesc Represents a Location.
             * @constructor
             * @param {types.v1.Location.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Location = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Location name.
             * @member {string} name
             * @memberof types.v1.Location
             * @instance
             */
            Location.prototype.name = "";

            /**
             * Encodes the specified Location message. Does not implicitly {@link types.v1.Location.verify|verify} messages.
             * @function encode
             * @memberof types.v1.Location
             * @static
             * @param {types.v1.Location.$Properties} m Location message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Location.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.Location
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.Location & types.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Location.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.Location();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for Location
             * @function getTypeUrl
             * @memberof types.v1.Location
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Location.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.Location";
            };

            return Location;
        })();

        v1.GoPGO = (function() {

            /**
             * Properties of a GoPGO.
             * @typedef {Object} types.v1.GoPGO.$Properties
             * @property {number|null} [keepLocations] GoPGO keepLocations
             * @property {boolean|null} [aggregateCallees] GoPGO aggregateCallees
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GoPGO.
             * @memberof types.v1
             * @interface IGoPGO
             * @augments types.v1.GoPGO.$Properties
             * @deprecated Use types.v1.GoPGO.$Properties instead.
             */

            /**
             * Shape of a GoPGO.
             * @typedef {types.v1.GoPGO.$Properties} types.v1.GoPGO.$Shape
             */

            /**
             * Constructs a new GoPGO.
             * @memberof types.v1
             * @classdesc Represents a GoPGO.
             * @constructor
             * @param {types.v1.GoPGO.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GoPGO = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GoPGO keepLocations.
             * @member {number} keepLocations
             * @memberof types.v1.GoPGO
             * @instance
             */
            GoPGO.prototype.keepLocations = 0;

            /**
             * GoPGO aggregateCallees.
             * @member {boolean} aggregateCallees
             * @memberof types.v1.GoPGO
             * @instance
             */
            GoPGO.prototype.aggregateCallees = false;

            /**
             * Encodes the specified GoPGO message. Does not implicitly {@link types.v1.GoPGO.verify|verify} messages.
             * @function encode
             * @memberof types.v1.GoPGO
             * @static
             * @param {types.v1.GoPGO.$Properties} m GoPGO message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GoPGO.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.keepLocations != null && $Object.hasOwnProperty.call(m, "keepLocations") && m.keepLocations !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.keepLocations);
                if (m.aggregateCallees != null && $Object.hasOwnProperty.call(m, "aggregateCallees") && m.aggregateCallees !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.aggregateCallees);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GoPGO message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.GoPGO
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.GoPGO & types.v1.GoPGO.$Shape} GoPGO
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GoPGO.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.GoPGO();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.keepLocations = v;
                            else
                                delete m.keepLocations;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.aggregateCallees = v;
                            else
                                delete m.aggregateCallees;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for GoPGO
             * @function getTypeUrl
             * @memberof types.v1.GoPGO
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GoPGO.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.GoPGO";
            };

            return GoPGO;
        })();

        v1.StackTraceSelector = (function() {

            /**
             * Properties of a StackTraceSelector.
             * @typedef {Object} types.v1.StackTraceSelector.$Properties
             * @property {Array.<types.v1.Location.$Properties>|null} [callSite] StackTraceSelector callSite
             * @property {types.v1.GoPGO.$Properties|null} [goPgo] StackTraceSelector goPgo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StackTraceSelector.
             * @memberof types.v1
             * @interface IStackTraceSelector
             * @augments types.v1.StackTraceSelector.$Properties
             * @deprecated Use types.v1.StackTraceSelector.$Properties instead.
             */

            /**
             * Shape of a StackTraceSelector.
             * @typedef {types.v1.StackTraceSelector.$Properties} types.v1.StackTraceSelector.$Shape
             */

            /**
             * Constructs a new StackTraceSelector.
             * @memberof types.v1
             * @classdesc Represents a StackTraceSelector.
             * @constructor
             * @param {types.v1.StackTraceSelector.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StackTraceSelector = function (p) {
                this.callSite = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StackTraceSelector callSite.
             * @member {Array.<types.v1.Location.$Properties>} callSite
             * @memberof types.v1.StackTraceSelector
             * @instance
             */
            StackTraceSelector.prototype.callSite = $util.emptyArray;

            /**
             * StackTraceSelector goPgo.
             * @member {types.v1.GoPGO.$Properties|null|undefined} goPgo
             * @memberof types.v1.StackTraceSelector
             * @instance
             */
            StackTraceSelector.prototype.goPgo = null;

            /**
             * Encodes the specified StackTraceSelector message. Does not implicitly {@link types.v1.StackTraceSelector.verify|verify} messages.
             * @function encode
             * @memberof types.v1.StackTraceSelector
             * @static
             * @param {types.v1.StackTraceSelector.$Properties} m StackTraceSelector message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StackTraceSelector.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.callSite != null && m.callSite.length) {
                    for (var i = 0; i < m.callSite.length; ++i)
                        $root.types.v1.Location.encode(m.callSite[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.goPgo != null && $Object.hasOwnProperty.call(m, "goPgo"))
                    $root.types.v1.GoPGO.encode(m.goPgo, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StackTraceSelector message from the specified reader or buffer.
             * @function decode
             * @memberof types.v1.StackTraceSelector
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {types.v1.StackTraceSelector & types.v1.StackTraceSelector.$Shape} StackTraceSelector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StackTraceSelector.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.types.v1.StackTraceSelector();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.callSite && m.callSite.length))
                                m.callSite = [];
                            m.callSite.push($root.types.v1.Location.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.goPgo = $root.types.v1.GoPGO.decode(r, r.size(), $undefined, q + 1, m.goPgo);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Gets the type url for StackTraceSelector
             * @function getTypeUrl
             * @memberof types.v1.StackTraceSelector
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StackTraceSelector.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/types.v1.StackTraceSelector";
            };

            return StackTraceSelector;
        })();

        /**
         * TimeSeriesAggregationType enum.
         * @name types.v1.TimeSeriesAggregationType
         * @enum {number}
         * @property {number} TIME_SERIES_AGGREGATION_TYPE_SUM=0 TIME_SERIES_AGGREGATION_TYPE_SUM value
         * @property {number} TIME_SERIES_AGGREGATION_TYPE_AVERAGE=1 TIME_SERIES_AGGREGATION_TYPE_AVERAGE value
         */
        v1.TimeSeriesAggregationType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TIME_SERIES_AGGREGATION_TYPE_SUM"] = 0;
            values[valuesById[1] = "TIME_SERIES_AGGREGATION_TYPE_AVERAGE"] = 1;
            return values;
        })();

        /**
         * ExemplarType enum.
         * @name types.v1.ExemplarType
         * @enum {number}
         * @property {number} EXEMPLAR_TYPE_UNSPECIFIED=0 EXEMPLAR_TYPE_UNSPECIFIED value
         * @property {number} EXEMPLAR_TYPE_NONE=1 EXEMPLAR_TYPE_NONE value
         * @property {number} EXEMPLAR_TYPE_INDIVIDUAL=2 EXEMPLAR_TYPE_INDIVIDUAL value
         * @property {number} EXEMPLAR_TYPE_SPAN=3 EXEMPLAR_TYPE_SPAN value
         */
        v1.ExemplarType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EXEMPLAR_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EXEMPLAR_TYPE_NONE"] = 1;
            values[valuesById[2] = "EXEMPLAR_TYPE_INDIVIDUAL"] = 2;
            values[valuesById[3] = "EXEMPLAR_TYPE_SPAN"] = 3;
            return values;
        })();

        return v1;
    })();

    return types;
})();

module.exports = $root;
