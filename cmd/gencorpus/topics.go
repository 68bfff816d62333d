package main

import "strings"

// topic is one topic of the generated site.yaml.
type topic struct {
	slug, name string
	keywords   []string // site.yaml keyword rules; nil for none
	phrase     string   // what abstracts of the topic say about it
}

// topicTable lists the topics as "slug|Name|keyword, keyword|phrase"; an
// empty keyword field means the topic has no rules.
const topicTable = `large-language-models|Large language models|large language model, large language models, LLM, LLMs|large language models
diffusion-models|Diffusion models|diffusion, denoising|denoising diffusion
reinforcement-learning|Reinforcement learning|reinforcement learning, policy gradient|reinforcement learning
computer-vision|Computer vision||visual recognition
speech-recognition|Speech recognition|speech recognition, ASR|speech recognition
machine-translation|Machine translation|machine translation|machine translation
graph-neural-networks|Graph neural networks|graph neural network, graph neural networks, GNN|graph neural networks
robotics|Robotics||robot manipulation
multimodal|Multimodal models||vision-language models
retrieval-augmented-generation|Retrieval-augmented generation|retrieval-augmented, RAG|retrieval-augmented generation
code-generation|Code generation|code generation, program synthesis|program synthesis
mathematical-reasoning|Mathematical reasoning|theorem proving|mathematical reasoning
efficient-inference|Efficient inference||speculative decoding
quantization|Quantization|quantization, quantized|low-bit quantization
pruning|Pruning & sparsity|pruning|structured pruning
distillation|Distillation|distillation|knowledge distillation
alignment|Alignment|human feedback, human preferences|human preferences
rlhf|RLHF & preference learning|RLHF, DPO|preference optimization
safety|Safety||jailbreak attacks
interpretability|Interpretability|interpretability, mechanistic|mechanistic interpretability
benchmarks|Benchmarks||new benchmarks
datasets|Datasets||curated datasets
video-generation|Video generation|video generation|video generation
3d-vision|3D vision & rendering|view synthesis, radiance field, radiance fields|novel view synthesis
nerf|NeRF|NeRF, NeRFs|radiance fields
gaussian-splatting|Gaussian splatting|gaussian splatting|Gaussian splats
image-editing|Image editing||image editing
text-to-image|Text-to-image|text-to-image|text-to-image synthesis
text-to-speech|Text-to-speech|text-to-speech, TTS|text-to-speech
audio-generation|Audio & music generation||music generation
agents|Agents|LLM agents, autonomous agents|autonomous agents
tool-use|Tool use|tool use, function calling|function calling
long-context|Long context|long-context|long-context modelling
state-space-models|State space models|state space model, state space models, Mamba|state space models
mixture-of-experts|Mixture of experts|mixture of experts, mixture-of-experts, MoE|sparse mixtures of experts
transformers|Transformers & attention||self-attention
optimization|Optimization||stochastic optimization
federated-learning|Federated learning|federated learning|federated learning
privacy|Privacy|differential privacy|differential privacy
causal-inference|Causal inference|causal inference|causal inference
time-series|Time series|time series, forecasting|time series forecasting
recommender-systems|Recommender systems|recommender, recommendation|recommender systems
medical-imaging|Medical imaging|medical imaging, radiology|medical imaging
protein-design|Protein design|protein|protein structure
chemistry|Chemistry & molecules|molecule, molecules, molecular|molecular generation
physics-informed|Physics-informed ML|physics-informed, PDE, PDEs|physics-informed networks
weather-forecasting|Weather & climate|weather, climate|weather forecasting
theory|Theory||sample complexity
scaling-laws|Scaling laws|scaling law, scaling laws|scaling laws
continual-learning|Continual learning|continual learning, catastrophic forgetting|catastrophic forgetting
meta-learning|Meta-learning|meta-learning|meta-learning
self-supervised-learning|Self-supervised learning|self-supervised|self-supervised pretraining
contrastive-learning|Contrastive learning|contrastive|contrastive objectives
segmentation|Segmentation|segmentation|semantic segmentation
object-detection|Object detection|object detection|object detection
ocr|OCR & documents|OCR|document understanding
embodied-ai|Embodied AI|embodied|embodied agents
autonomous-driving|Autonomous driving|autonomous driving, self-driving|autonomous driving
world-models|World models|world model, world models|world models
evaluation|Evaluation||LLM-as-a-judge evaluation`

// parseTopics returns topicTable as topics, in table order.
func parseTopics() []topic {
	var ts []topic
	for line := range strings.Lines(topicTable) {
		f := strings.Split(strings.TrimSpace(line), "|")
		t := topic{slug: f[0], name: f[1], phrase: f[3]}
		for k := range strings.SplitSeq(f[2], ",") {
			if k = strings.TrimSpace(k); k != "" {
				t.keywords = append(t.keywords, k)
			}
		}
		ts = append(ts, t)
	}
	return ts
}
