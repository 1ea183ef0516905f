#include "deep/TensorBytes.h"

namespace almanac::deep {

void writeParameters(ByteWriter& out, const torch::nn::Module& module)
{
    const auto parameters = module.named_parameters(true);
    out.u64(parameters.size());
    for (const auto& item : parameters) {
        out.text(item.key());
        const torch::Tensor t = item.value().detach().to(torch::kFloat32).contiguous();
        std::vector<uint32_t> sizes;
        for (int64_t s : t.sizes()) sizes.push_back(uint32_t(s));
        out.u32s(sizes);
        std::vector<float> values(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
        out.floats(values);
    }
}

Status readParameters(ByteReader& in, torch::nn::Module& module)
{
    auto parameters = module.named_parameters(true);
    const uint64_t count = in.count(8);
    if (!in.ok() || count != parameters.size()) return Status::invalidInput("deep model: the stored weights do not fit the network");
    torch::NoGradGuard noGrad;
    for (auto& item : parameters) {
        const std::string name = in.text();
        const std::vector<uint32_t> sizes = in.u32s();
        const std::vector<float> values = in.floats();
        if (!in.ok()) break;
        torch::Tensor& target = item.value();
        std::vector<int64_t> expected(target.sizes().begin(), target.sizes().end());
        if (name != item.key() || std::vector<int64_t>(sizes.begin(), sizes.end()) != expected
            || int64_t(values.size()) != target.numel())
            return Status::invalidInput("deep model: the stored weight '" + name + "' does not fit the network");
        target.copy_(torch::from_blob(const_cast<float*>(values.data()), target.sizes(), torch::kFloat32));
    }
    return in.status("deep model weights");
}

} // namespace almanac::deep
